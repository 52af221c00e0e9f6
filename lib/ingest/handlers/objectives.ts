import { findObjectiveTrains, findPisByName, upsertObjectives } from '../../../db/queries/objectives';
import { findTeamsBySlug } from '../../../db/queries/work-items';
import type { NewPiObjective } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * PI objectives by key: the team names its train, and the PI is looked up by name in that train. The newest
 * occurredAt wins, so an event that arrives late never overwrites a newer state; a key may move to another team.
 */
export const applyObjectives: EventHandler<'objective.upserted'> = async (db, events) => {
  const teams = new Map((await findTeamsBySlug(db, [...new Set(events.map(({ event }) => event.data.team))])).map((t) => [t.slug, t]));
  const trainIds = [...new Set([...teams.values()].map((t) => t.train_id))];
  const pis = new Map((await findPisByName(db, trainIds, [...new Set(events.map(({ event }) => event.data.pi))])).map((p) => [`${p.train_id}|${p.name}`, p.id]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const team = teams.get(event.data.team);
    if (!team) problems.push({ path: fieldPath(index, 'team'), message: `unknown team "${event.data.team}"` });
    else if (!pis.has(`${team.train_id}|${event.data.pi}`)) {
      problems.push({ path: fieldPath(index, 'pi'), message: `unknown PI "${event.data.pi}" in the train of team "${event.data.team}"` });
    }
  }
  refuseUnknown(problems);
  if (events.length === 0) return [];

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewPiObjective>();
  for (const { event } of events) {
    const team = teams.get(event.data.team)!;
    const row: NewPiObjective = {
      key: event.data.key,
      team_id: team.id,
      pi_id: pis.get(`${team.train_id}|${event.data.pi}`)!,
      title: event.data.title,
      committed: event.data.committed,
      planned_value: event.data.plannedValue,
      actual_value: event.data.actualValue,
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(row.key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(row.key, row);
  }
  // Read before writing: a key that moves to a team of another train changes that train's panels too.
  const previousTrains = await findObjectiveTrains(db, [...newest.keys()]);
  await upsertObjectives(db, [...newest.values()]);

  const trains = new Set([...events.map(({ event }) => teams.get(event.data.team)!.train_slug), ...previousTrains.values()]);
  return [...trains].map((train): TrainChange => ({ train, teams: [], changed: ['objectives'] }));
};
