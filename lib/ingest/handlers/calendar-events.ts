import type { Kysely } from 'kysely';
import { upsertCalendarEntries } from '../../../db/queries/calendar';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { Database } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler, type Indexed } from './types';

type Entry = Parameters<typeof upsertCalendarEntries>[1][number];

/** PI planning and system demo entries by the feed's key within the train; within a batch the newest event wins. */
export const applyCalendarEvents: EventHandler<'calendar_event.upserted'> = async (db, events) => {
  const trains = await requireTrains(db, events);
  // One upsert may touch a row once: keep each key's newest entry (the later event wins a tie).
  const newest = new Map<string, { row: Entry; at: number }>();
  const touched = new Map<string, TrainRef>();
  for (const { event } of events) {
    const train = trains.get(event.data.train)!;
    const { key, kind, title, startDate, endDate } = event.data;
    const row: Entry = { train_id: train.id, external_key: key, kind, title, start_date: startDate, end_date: endDate };
    const at = Date.parse(event.occurredAt);
    const id = `${train.id}|${key}`;
    const held = newest.get(id);
    if (!held || held.at <= at) newest.set(id, { row, at });
    touched.set(train.slug, train);
  }
  await upsertCalendarEntries(db, [...newest.values()].map(({ row }) => row));
  return calendarChanges(touched.values());
};

export type TrainRef = { id: number; slug: string; teams: string[] };

/** The trains the events name, by slug; refuses the batch (naming events.N.data.train) if any is unknown. */
export async function requireTrains(db: Kysely<Database>, events: Indexed<{ data: { train: string } }>[]): Promise<Map<string, TrainRef>> {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = events
    .filter(({ event }) => !trains.has(event.data.train))
    .map(({ event, index }) => ({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` }));
  refuseUnknown(problems);
  return trains;
}

/** A calendar change moves every panel of the train and its header: every team's panels are affected. */
export function calendarChanges(trains: Iterable<TrainRef>): TrainChange[] {
  return [...trains].map((train) => ({ train: train.slug, teams: train.teams, changed: ['calendar'] }));
}
