import { findTrainIdsBySlug, upsertStatusMappings } from '../../../db/queries/status-mappings';
import type { StatusMapping } from '../../../db/schema';
import type { FieldProblem } from '../schema';
import { normaliseStatus } from '../status';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * A train's own status names and their categories. A mapping decides the category of work item events stored
 * after it, including the later handlers of the same batch (mappings run first); it does not rewrite history
 * already stored, whose categories were decided when it arrived. Returns no change: no panel shows mappings.
 */
export const applyStatusMappings: EventHandler<'status_mapping.set'> = async (db, events) => {
  const trains = await findTrainIdsBySlug(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = events
    .filter(({ event }) => !trains.has(event.data.train))
    .map(({ event, index }) => ({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` }));
  refuseUnknown(problems);

  // One upsert may set a row once: within a batch the newest event for each name wins (the later one on a tie);
  // across batches the last one received does, as the table keeps no time to compare with.
  const newest = new Map<string, { row: StatusMapping; at: number }>();
  for (const { event } of events) {
    const row: StatusMapping = {
      train_id: trains.get(event.data.train)!,
      status: normaliseStatus(event.data.status),
      status_category: event.data.category,
    };
    const at = Date.parse(event.occurredAt);
    const id = `${row.train_id}|${row.status}`;
    const held = newest.get(id);
    if (!held || held.at <= at) newest.set(id, { row, at });
  }
  await upsertStatusMappings(db, [...newest.values()].map(({ row }) => row));
  return [];
};
