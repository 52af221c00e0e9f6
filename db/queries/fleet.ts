import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

export async function listFleetDisplays(db: Kysely<Database>) {
  return db
    .selectFrom('displays')
    .innerJoin('trains', 'trains.id', 'displays.train_id')
    .select(['displays.id', 'displays.name', 'displays.last_seen_at', 'trains.slug as train_slug'])
    .where('displays.revoked_at', 'is', null)
    .orderBy('displays.name')
    .execute();
}

/** One statement for a whole batch of heartbeats' last-seen times. */
export async function saveLastSeen(db: Kysely<Database>, seen: Map<number, Date>): Promise<void> {
  if (seen.size === 0) return;
  const rows = [...seen].map(([id, at]) => sql`(${id}::int, ${at.toISOString()}::timestamptz)`);
  await sql`
    update displays set last_seen_at = v.at
    from (values ${sql.join(rows)}) as v(id, at)
    where displays.id = v.id and (displays.last_seen_at is null or displays.last_seen_at < v.at)
  `.execute(db);
}

export async function findDisplayName(db: Kysely<Database>, displayId: number) {
  return db.selectFrom('displays').select(['id', 'name']).where('id', '=', displayId).where('revoked_at', 'is', null).executeTakeFirst();
}
