import { upsertImpediments } from '../../../db/queries/impediments';
import { findKeyTrains } from '../../../db/queries/keyed-rows';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import { findTeamsBySlug } from '../../../db/queries/work-items';
import type { NewImpediment } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * Impediments by key: the event names the train, and the team (if any) must be one of that train's. The newest
 * occurredAt wins, so an event that arrives late never overwrites a newer state; a key may move to another train.
 */
export const applyImpediments: EventHandler<'impediment.upserted'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const teamSlugs = [...new Set(events.flatMap(({ event }) => (event.data.team === null ? [] : [event.data.team])))];
  const teams = new Map((await findTeamsBySlug(db, teamSlugs)).map((t) => [t.slug, t]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const { train, team } = event.data;
    if (!trains.has(train)) {
      problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${train}"` });
    } else if (team !== null) {
      const found = teams.get(team);
      if (!found) problems.push({ path: fieldPath(index, 'team'), message: `unknown team "${team}"` });
      else if (found.train_slug !== train) problems.push({ path: fieldPath(index, 'team'), message: `team "${team}" is not in train "${train}"` });
    }
  }
  refuseUnknown(problems);
  if (events.length === 0) return [];

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewImpediment>();
  for (const { event } of events) {
    const { data } = event;
    const row: NewImpediment = {
      key: data.key,
      train_id: trains.get(data.train)!.id,
      team_id: data.team === null ? null : teams.get(data.team)!.id,
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
