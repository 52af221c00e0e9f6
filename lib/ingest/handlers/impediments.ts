import { upsertImpediments } from '../../../db/queries/impediments';
import { findKeyTrains } from '../../../db/queries/keyed-rows';
import type { NewImpediment } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import { resolveTrainsAndTeams } from './train-teams';
import type { EventHandler } from './types';

/**
 * Impediments by key: the event names the train, and the team (if any) must be one of that train's. The newest
 * occurredAt wins, so an event that arrives late never overwrites a newer state; a key may move to another train.
 */
export const applyImpediments: EventHandler<'impediment.upserted'> = async (db, events) => {
  const ids = await resolveTrainsAndTeams(db, events);
  if (events.length === 0) return [];

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewImpediment>();
  for (const { event } of events) {
    const { data } = event;
    const row: NewImpediment = {
      key: data.key,
      train_id: ids.trainId(data.train),
      team_id: ids.teamId(data.team),
      title: data.title,
      description: data.description,
      owner: data.owner,
      escalated: data.escalated,
      opened_at: new Date(data.openedAt),
      resolved_at: data.resolvedAt === null ? null : new Date(data.resolvedAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(row.key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(row.key, row);
  }
  // Read before writing: a key that moves to another train changes the panel of the train it left too.
  const previousTrains = await findKeyTrains(db, 'impediments', [...newest.keys()]);
  await upsertImpediments(db, [...newest.values()]);

  const touched = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...touched].map((train): TrainChange => ({ train, teams: [], changed: ['impediments'] }));
};
