// Client-safe: the shape the announcement panel draws. No server imports here.

export interface AnnouncementRef {
  kind: 'announcement';
  train: string;
  id: number;
}

/** Inline text: plain, or bold / italic runs (which may nest one inside the other). */
export type RichInline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'bold'; children: RichInline[] }
  | { type: 'italic'; children: RichInline[] };

/** A block: a paragraph (lines joined by breaks) or a bullet list of one-line items. */
export type RichBlock = { type: 'paragraph'; children: RichInline[] } | { type: 'list'; items: RichInline[][] };

export interface AnnouncementDto {
  kind: 'announcement';
  key: string;
  train: { slug: string; name: string };
  asOf: string;
  title: string;
  /** The body parsed into the safe subset: React renders it as elements, so no text ever becomes markup. */
  body: RichBlock[];
  /** Characters of the body source: the component shrinks long bodies so nothing clips. */
  length: number;
  /** Lines of the body source: many short lines take height as long text does. */
  lines: number;
  updatedAt: string;
}
