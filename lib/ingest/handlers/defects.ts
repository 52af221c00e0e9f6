import { findQualityKeyTrains, upsertDefects } from '../../../db/queries/quality';
import type { NewDefect } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import { resolveTrainsAndTeams } from './train-teams';
import type { EventHandler } from './types';

/** Defects by key. The train must exist and a team, when named, must be one of its teams; the newest occurredAt wins. */
export const applyDefects: EventHandler<'defect.upserted'> = async (db, events) => {
  const ids = await resolveTrainsAndTeams(db, events);

  const newest = new Map<string, NewDefect>();
  for (const { event } of events) {
    const { key, train, team, title, severity, foundInProduction, openedAt, closedAt } = event.data;
    const row: NewDefect = {
      key,
      train_id: ids.trainId(train),
      team_id: ids.teamId(team),
      title,
      severity,
      found_in_production: foundInProduction,
      opened_at: new Date(openedAt),
      closed_at: closedAt === null ? null : new Date(closedAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  const previousTrains = await findQualityKeyTrains(db, 'defects', [...newest.keys()]);
  await upsertDefects(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['quality'] }));
};
