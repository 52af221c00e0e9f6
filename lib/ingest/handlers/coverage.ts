import { upsertCoverageSnapshots } from '../../../db/queries/quality';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { NewCoverageSnapshot } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/** Coverage snapshots, one per train, component and takenAt; the train must exist; the newest occurredAt wins. */
export const applyCoverage: EventHandler<'coverage.recorded'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = events
    .filter(({ event }) => !trains.has(event.data.train))
    .map(({ event, index }) => ({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` }));
  refuseUnknown(problems);

  const newest = new Map<string, NewCoverageSnapshot>();
  for (const { event } of events) {
    const { train, component, linePct, branchPct, targetPct, takenAt } = event.data;
    const row: NewCoverageSnapshot = {
      train_id: trains.get(train)!.id,
      component,
      line_pct: linePct,
      branch_pct: branchPct,
      target_pct: targetPct,
      taken_at: new Date(takenAt ?? event.occurredAt),
      changed_at: new Date(event.occurredAt),
    };
    const id = `${row.train_id}\u0000${component}\u0000${(row.taken_at as Date).getTime()}`;
    const held = newest.get(id);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(id, row);
  }
  await upsertCoverageSnapshots(db, [...newest.values()]);

  return [...new Set(events.map(({ event }) => event.data.train))].map((train): TrainChange => ({ train, teams: [], changed: ['quality'] }));
};
