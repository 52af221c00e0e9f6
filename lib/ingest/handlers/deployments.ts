import { environmentKey, findDeploymentTrains, findEnvironmentIds, upsertDeployments } from '../../../db/queries/deployments';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { NewDeployment } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * Deployments by key, to an environment the train defines (environments are made in the console, never by feeds).
 * deployedAt defaults to occurredAt. The newest occurredAt wins, so "in_progress" then "succeeded" is one row and a
 * late event never overwrites a newer state; a key may move to another train.
 */
export const applyDeployments: EventHandler<'deployment.recorded'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const environments = await findEnvironmentIds(db, [...trains.values()].map((t) => t.id));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const train = trains.get(event.data.train);
    if (!train) problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` });
    else if (!environments.has(environmentKey(train.id, event.data.environment))) {
      problems.push({
        path: fieldPath(index, 'environment'),
        message: `unknown environment "${event.data.environment}" of train "${event.data.train}": define the environment in the console first`,
      });
    }
  }
  refuseUnknown(problems);

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewDeployment>();
  for (const { event } of events) {
    const { key, train, environment, version, status, deployedAt, commit, committedAt } = event.data;
    const trainId = trains.get(train)!.id;
    const row: NewDeployment = {
      key,
      train_id: trainId,
      environment_id: environments.get(environmentKey(trainId, environment))!,
      version,
      status,
      deployed_at: new Date(deployedAt ?? event.occurredAt),
      commit,
      committed_at: committedAt === null ? null : new Date(committedAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  // Read before writing: a key that moves to another train changes that train's panels too.
  const previousTrains = await findDeploymentTrains(db, [...newest.keys()]);
  await upsertDeployments(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['deployments'] }));
};
