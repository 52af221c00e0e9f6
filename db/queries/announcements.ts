import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** An announcement with its train, by train slug and id: nothing when the id belongs to another train. */
export function findTrainAnnouncement(db: Kysely<Database>, trainSlug: string, id: number) {
  return db
    .selectFrom('announcements as a')
    .innerJoin('trains as t', 't.id', 'a.train_id')
    .select(['a.id', 'a.title', 'a.body', 'a.updated_at', 't.slug as train_slug', 't.name as train_name'])
    .where('t.slug', '=', trainSlug)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export function findAnnouncement(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('announcements as a')
    .innerJoin('trains as t', 't.id', 'a.train_id')
    .select(['a.id', 'a.train_id', 'a.title', 'a.body', 'a.created_at', 'a.updated_at', 't.slug as train_slug'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** A train's announcements, newest first. */
export function listTrainAnnouncements(db: Kysely<Database>, trainId: number) {
  return db
    .selectFrom('announcements')
    .select(['id', 'title', 'body', 'updated_at'])
    .where('train_id', '=', trainId)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Which of these ids belong to the train. */
export async function announcementIdsOfTrain(db: Kysely<Database>, trainId: number, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('announcements').select('id').where('train_id', '=', trainId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertAnnouncement(db: Kysely<Database>, row: { train_id: number; title: string; body: string; created_at: Date; updated_at: Date }) {
  return db.insertInto('announcements').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateAnnouncementRow(db: Kysely<Database>, id: number, changes: { title: string; body: string; updated_at: Date }) {
  await db.updateTable('announcements').set(changes).where('id', '=', id).execute();
}

export async function deleteAnnouncementRow(db: Kysely<Database>, id: number) {
  await db.deleteFrom('announcements').where('id', '=', id).execute();
}
