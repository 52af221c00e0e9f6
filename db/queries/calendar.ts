import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

export async function listCalendarEvents(db: Kysely<Database>) {
  return db
    .selectFrom('calendar_events')
    .innerJoin('trains', 'trains.id', 'calendar_events.train_id')
    .select(['calendar_events.id', 'calendar_events.kind', 'calendar_events.title', 'calendar_events.start_date', 'calendar_events.end_date', 'trains.slug as train_slug'])
    .orderBy('calendar_events.start_date')
    .orderBy('calendar_events.id')
    .execute();
}

export async function insertCalendarEvent(
  db: Kysely<Database>,
  event: { trainId: number; kind: 'pi_planning' | 'system_demo'; title: string; startDate: string; endDate: string },
) {
  return db
    .insertInto('calendar_events')
    .values({ train_id: event.trainId, kind: event.kind, title: event.title, start_date: event.startDate, end_date: event.endDate })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Deletes the event; returns what it was (for the audit log and the train's displays), or undefined. */
export async function deleteCalendarEvent(db: Kysely<Database>, id: number) {
  return db.deleteFrom('calendar_events').where('id', '=', id).returning(['id', 'train_id', 'kind', 'title', 'start_date', 'end_date']).executeTakeFirst();
}

/**
 * The train's cadence windows overlapping [from, to]: PI planning days from the calendar and IP iterations from
 * the iterations, both as inclusive calendar dates.
 */
export async function cadenceWindows(db: Kysely<Database>, trainId: number, from: string, to: string) {
  const planning = db
    .selectFrom('calendar_events')
    .select(['start_date', 'end_date'])
    .select(sql<string>`'pi_planning'::text`.as('kind'))
    .where('train_id', '=', trainId)
    .where('kind', '=', 'pi_planning')
    .where('end_date', '>=', from)
    .where('start_date', '<=', to);
  const ip = db
    .selectFrom('iterations')
    .select(['start_date', 'end_date'])
    .select(sql<string>`'ip_iteration'::text`.as('kind'))
    .where('train_id', '=', trainId)
    .where('kind', '=', 'ip')
    .where('end_date', '>=', from)
    .where('start_date', '<=', to);
  const rows = await planning.unionAll(ip).orderBy('start_date').execute();
  return rows.map((r) => ({ kind: r.kind as 'pi_planning' | 'ip_iteration', startDate: r.start_date, endDate: r.end_date }));
}

/** Creates or replaces calendar entries by the feed's key within their train. Pass each (train, key) once. */
export async function upsertCalendarEntries(
  db: Kysely<Database>,
  rows: { train_id: number; external_key: string; kind: 'pi_planning' | 'system_demo'; title: string; start_date: string; end_date: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('calendar_events')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['train_id', 'external_key']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        title: eb.ref('excluded.title'),
        start_date: eb.ref('excluded.start_date'),
        end_date: eb.ref('excluded.end_date'),
      })),
    )
    .execute();
}
