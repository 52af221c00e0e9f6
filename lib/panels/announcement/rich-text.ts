// Client-safe. The announcement body's tiny rich-text subset, parsed by our own code into an AST that React renders
// as elements: paragraphs (blank line), line breaks, **bold**, *italic*, "- " bullet lists. Nothing else has a
// meaning, so HTML, links and scripts in the source stay literal text.
import type { RichBlock, RichInline } from './types';

const BULLET = /^\s*[-*]\s+/;

/** Parses the source into blocks; blank lines separate paragraphs, consecutive "- " lines form one list. */
export function parseRichText(source: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: paragraphInlines(paragraph) });
    if (list.length > 0) blocks.push({ type: 'list', items: list.map(parseInline) });
    paragraph = [];
    list = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
    } else if (BULLET.test(line)) {
      if (paragraph.length > 0) flush();
      list.push(line.replace(BULLET, ''));
    } else {
      if (list.length > 0) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

function paragraphInlines(lines: string[]): RichInline[] {
  return lines.flatMap((line, index) => (index === 0 ? parseInline(line) : [{ type: 'break' } as const, ...parseInline(line)]));
}

/** **bold** and *italic* runs within one line (bold may hold italic); an unmatched marker is literal text. */
export function parseInline(text: string): RichInline[] {
  const result: RichInline[] = [];
  let plain = '';
  let at = 0;
  const pushPlain = () => {
    if (plain) result.push({ type: 'text', text: plain });
    plain = '';
  };
  while (at < text.length) {
    const marker = text.startsWith('**', at) ? '**' : text[at] === '*' ? '*' : null;
    const end = marker ? text.indexOf(marker, at + marker.length) : -1;
    const inner = marker && end > at ? text.slice(at + marker.length, end) : '';
    // As in Markdown, a run's text neither starts nor ends with a space: "2 * 3 * 4" and "* *" stay text.
    if (marker && inner !== '' && inner.trim() === inner) {
      pushPlain();
      const children = parseInline(text.slice(at + marker.length, end));
      result.push(marker === '**' ? { type: 'bold', children } : { type: 'italic', children });
      at = end + marker.length;
    } else {
      plain += marker ?? text[at];
      at += marker?.length ?? 1;
    }
  }
  pushPlain();
  return result;
}

export type BodySize = 'large' | 'medium' | 'small' | 'tiny';

/** Counted as a full wrapped line: short lines take a line's height each, whatever their length. */
const CHARACTERS_PER_LINE = 60;

/**
 * The body's text size by how much it holds, so that the longest body (2000 characters or 30 lines) fits the screen
 * at a size still read from 3 m: the weight is the characters or 60 per source line, whichever is more.
 */
export function bodySize(length: number, lines: number): BodySize {
  const weight = Math.max(length, lines * CHARACTERS_PER_LINE);
  if (weight <= 200) return 'large';
  if (weight <= 500) return 'medium';
  if (weight <= 1000) return 'small';
  return 'tiny';
}

/** Source lines, blank ones included (each takes height as a paragraph gap). */
export function lineCount(source: string): number {
  return source.trim() === '' ? 0 : source.trim().split(/\r\n?|\n/).length;
}
