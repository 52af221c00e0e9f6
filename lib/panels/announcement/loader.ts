import type { Kysely } from 'kysely';
import { findTrainAnnouncement } from '../../../db/queries/announcements';
import type { Database } from '../../../db/schema';
import { panelKey } from '../keys';
import { lineCount, parseRichText } from './rich-text';
import type { AnnouncementDto, AnnouncementRef } from './types';

/** One announcement as the panel draws it; undefined for an unknown id or an id of another train. */
export async function loadAnnouncement(db: Kysely<Database>, ref: AnnouncementRef, now: Date): Promise<AnnouncementDto | undefined> {
  const row = await findTrainAnnouncement(db, ref.train, ref.id);
  if (!row) return undefined;
  return {
    kind: 'announcement',
    key: panelKey(ref),
    train: { slug: row.train_slug, name: row.train_name },
    asOf: now.toISOString(),
    title: row.title,
    body: parseRichText(row.body),
    length: row.body.length,
    lines: lineCount(row.body),
    updatedAt: row.updated_at.toISOString(),
  };
}
