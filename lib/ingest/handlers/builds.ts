import { findQualityKeyTrains, upsertBuilds } from '../../../db/queries/quality';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { NewBuild } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * CI builds by key; the train must exist; the newest occurredAt wins, so a build sent as in progress and then as
 * finished ends finished. A finished build without finishedAt finished at occurredAt.
 */
export const applyBuilds: EventHandler<'build.recorded'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = events
    .filter(({ event }) => !trains.has(event.data.train))
    .map(({ event, index }) => ({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` }));
  refuseUnknown(problems);

  const newest = new Map<string, NewBuild>();
  for (const { event } of events) {
    const { key, train, repository, branch, status, finishedAt, commit } = event.data;
    const row: NewBuild = {
      key,
      train_id: trains.get(train)!.id,
      repository,
      branch,
      status,
      finished_at: status === 'in_progress' ? null : new Date(finishedAt ?? event.occurredAt),
      commit,
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  const previousTrains = await findQualityKeyTrains(db, 'builds', [...newest.keys()]);
  await upsertBuilds(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['quality'] }));
};
