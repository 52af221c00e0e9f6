import type { Kysely } from 'kysely';
import type { Database, NewAlert } from '../schema';

export async function insertAlert(db: Kysely<Database>, alert: NewAlert) {
  return db.insertInto('alerts').values(alert).returningAll().executeTakeFirstOrThrow();
}

/** Alerts still on: not ended and not expired. */
export async function listActiveAlerts(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('ended_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function listRecentAlerts(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('alerts')
    .leftJoin('trains', 'trains.id', 'alerts.train_id')
    .leftJoin('displays', 'displays.id', 'alerts.display_id')
    .selectAll('alerts')
    .select(['trains.slug as train_slug', 'displays.name as display_name'])
    .orderBy('alerts.created_at', 'desc')
    .orderBy('alerts.id', 'desc')
    .limit(limit)
    .execute();
}

/** Ends an alert that is still on; returns it, or undefined when it had already ended or expired. */
export async function endAlert(db: Kysely<Database>, where: { id: number } | { ackTokenHash: string }, endedBy: string, now: Date) {
  let query = db
    .updateTable('alerts')
    .set({ ended_at: now, ended_by: endedBy })
    .where('ended_at', 'is', null)
    .where('expires_at', '>', now);
  query = 'id' in where ? query.where('id', '=', where.id) : query.where('ack_token_hash', '=', where.ackTokenHash);
  return query.returningAll().executeTakeFirst();
}

export async function findAlertByAckHash(db: Kysely<Database>, ackTokenHash: string) {
  return db.selectFrom('alerts').selectAll().where('ack_token_hash', '=', ackTokenHash).executeTakeFirst();
}

/** Train of each of these displays (revoked ones left out). */
export async function displayTrains(db: Kysely<Database>, displayIds: number[]): Promise<Map<number, number>> {
  if (displayIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('displays')
    .select(['id', 'train_id'])
    .where('id', 'in', displayIds)
    .where('revoked_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.train_id]));
}

export async function findDisplayForAlert(db: Kysely<Database>, displayId: number) {
  return db.selectFrom('displays').select(['id', 'train_id', 'name']).where('id', '=', displayId).where('revoked_at', 'is', null).executeTakeFirst();
}
