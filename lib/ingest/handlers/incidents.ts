import { upsertIncidents } from '../../../db/queries/incidents';
import { findKeyTrains } from '../../../db/queries/keyed-rows';
import type { NewIncident } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import { resolveTrainsAndTeams } from './train-teams';
import type { EventHandler } from './types';

/**
 * Production incidents by key. The train must exist and a team, when named, must be one of its teams. The newest
 * occurredAt wins, so an event that arrives late never overwrites a newer state; a key may move to another train.
 */
export const applyIncidents: EventHandler<'incident.upserted'> = async (db, events) => {
  const ids = await resolveTrainsAndTeams(db, events);

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewIncident>();
  for (const { event } of events) {
    const { key, train, team, title, service, priority, startedAt, resolvedAt } = event.data;
    const row: NewIncident = {
      key,
      train_id: ids.trainId(train),
      team_id: ids.teamId(team),
      title,
      service,
      priority,
      started_at: new Date(startedAt),
      resolved_at: resolvedAt === null ? null : new Date(resolvedAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  // Read before writing: a key that moves to another train changes that train's panel too.
  const previousTrains = await findKeyTrains(db, 'incidents', [...newest.keys()]);
  await upsertIncidents(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['incidents'] }));
};
