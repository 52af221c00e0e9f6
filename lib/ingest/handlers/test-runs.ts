import { findQualityKeyTrains, upsertTestRuns } from '../../../db/queries/quality';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { NewTestRun } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/** Test suites' run summaries by key; the train must exist; the newest occurredAt wins per key. */
export const applyTestRuns: EventHandler<'test_run.recorded'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = events
    .filter(({ event }) => !trains.has(event.data.train))
    .map(({ event, index }) => ({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` }));
  refuseUnknown(problems);

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewTestRun>();
  for (const { event } of events) {
    const { key, train, suite, passed, failed, skipped, durationMs, commit, ranAt } = event.data;
    const row: NewTestRun = {
      key,
      train_id: trains.get(train)!.id,
      suite,
      passed,
      failed,
      skipped,
      duration_ms: durationMs,
      commit,
      ran_at: new Date(ranAt ?? event.occurredAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  const previousTrains = await findQualityKeyTrains(db, 'test_runs', [...newest.keys()]);
  await upsertTestRuns(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['quality'] }));
};
