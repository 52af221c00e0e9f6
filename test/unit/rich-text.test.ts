import { describe, expect, it } from 'vitest';
import { bodySize, lineCount, parseInline, parseRichText } from '../../lib/panels/announcement/rich-text';

const text = (t: string) => ({ type: 'text', text: t });

describe('announcement rich text', () => {
  it('splits paragraphs at blank lines and keeps single newlines as breaks', () => {
    expect(parseRichText('Welcome to PI 26.4\nPlanning starts Monday\n\n\nSee you there')).toEqual([
      { type: 'paragraph', children: [text('Welcome to PI 26.4'), { type: 'break' }, text('Planning starts Monday')] },
      { type: 'paragraph', children: [text('See you there')] },
    ]);
  });

  it('parses **bold** and *italic*, italic inside bold', () => {
    expect(parseInline('System demo in **Room 4.12** at *10:00*, **be *on* time**')).toEqual([
      text('System demo in '),
      { type: 'bold', children: [text('Room 4.12')] },
      text(' at '),
      { type: 'italic', children: [text('10:00')] },
      text(', '),
      { type: 'bold', children: [text('be '), { type: 'italic', children: [text('on')] }, text(' time')] },
    ]);
  });

  it('leaves unmatched or empty markers as literal text', () => {
    expect(parseInline('2 * 3 * 4 = 24 and **open')).toEqual([text('2 * 3 * 4 = 24 and **open')]);
    expect(parseInline('**** and * *')).toEqual([text('**** and * *')]);
  });

  it('groups consecutive "- " lines into one list, between paragraphs', () => {
    expect(parseRichText('Agenda:\n- Demo\n- **Retro**\nThanks')).toEqual([
      { type: 'paragraph', children: [text('Agenda:')] },
      { type: 'list', items: [[text('Demo')], [{ type: 'bold', children: [text('Retro')] }]] },
      { type: 'paragraph', children: [text('Thanks')] },
    ]);
  });

  it('keeps HTML, scripts, event handlers and javascript: links as plain text', () => {
    const source = '<script>window.__pwned = 1</script>\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>';
    expect(parseRichText(source)).toEqual([
      {
        type: 'paragraph',
        children: [text('<script>window.__pwned = 1</script>'), { type: 'break' }, text('<img src=x onerror="alert(1)">')],
      },
      { type: 'paragraph', children: [text('[click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>')] },
    ]);
  });

  it('keeps markup inside bold as text in the bold run', () => {
    expect(parseInline('**<b onmouseover=alert(1)>hi</b>**')).toEqual([{ type: 'bold', children: [text('<b onmouseover=alert(1)>hi</b>')] }]);
  });

  it('an empty or blank source has no blocks; CRLF counts as a newline', () => {
    expect(parseRichText('')).toEqual([]);
    expect(parseRichText('  \n\t\n')).toEqual([]);
    expect(parseRichText('a\r\nb')).toEqual([{ type: 'paragraph', children: [text('a'), { type: 'break' }, text('b')] }]);
  });

  it('sizes the body by characters or 60 per line, whichever is more', () => {
    expect(lineCount('a\n\n- b\r\n- c')).toBe(4);
    expect(lineCount('  \n ')).toBe(0);
    // 200 characters on one line: weight max(200, 60) = 200, still large; 201: medium.
    expect(bodySize(200, 1)).toBe('large');
    expect(bodySize(201, 1)).toBe('medium');
    // 4 short lines: max(40, 4 * 60 = 240) = 240, medium; 9 lines: 540, small; 17 lines: 1020, tiny.
    expect(bodySize(40, 3)).toBe('large');
    expect(bodySize(40, 4)).toBe('medium');
    expect(bodySize(90, 9)).toBe('small');
    expect(bodySize(170, 17)).toBe('tiny');
    expect(bodySize(1001, 1)).toBe('tiny');
  });
});
