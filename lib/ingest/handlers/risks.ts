import { findPisByName, findTrainsBySlug } from '../../../db/queries/features';
import { findKeyTrains } from '../../../db/queries/keyed-rows';
import { upsertRisks } from '../../../db/queries/risks';
import { findTeamsBySlug } from '../../../db/queries/work-items';
import type { NewRisk } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * ROAM risks by key: the train is named, the team (if any) must be one of its teams, and the PI (if any) is looked
 * up by name in that train. The newest occurredAt wins, so a late event never overwrites a newer state; a key may
 * move to another train, and both trains' boards change.
 */
export const applyRisks: EventHandler<'risk.upserted'> = async (db, events) => {
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  const trains = new Map((await findTrainsBySlug(db, distinct(events.map(({ event }) => event.data.train)))).map((t) => [t.slug, t]));
  const teams = new Map((await findTeamsBySlug(db, distinct(events.map(({ event }) => event.data.team)))).map((t) => [t.slug, t]));
  const trainIds = [...new Set([...trains.values()].map((t) => t.id))];
  const pis = new Map((await findPisByName(db, trainIds, distinct(events.map(({ event }) => event.data.pi)))).map((p) => [`${p.train_id}|${p.name}`, p.id]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const { data } = event;
    const train = trains.get(data.train);
    if (!train) {
      problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${data.train}"` });
      continue;
    }
    const team = data.team === null ? undefined : teams.get(data.team);
    if (data.team !== null && !team) problems.push({ path: fieldPath(index, 'team'), message: `unknown team "${data.team}"` });
    else if (team && team.train_id !== train.id) {
      problems.push({ path: fieldPath(index, 'team'), message: `team "${data.team}" is not in train "${data.train}"` });
    }
    if (data.pi !== null && !pis.has(`${train.id}|${data.pi}`)) {
      problems.push({ path: fieldPath(index, 'pi'), message: `unknown PI "${data.pi}" in train "${data.train}"` });
    }
  }
  refuseUnknown(problems);
  if (events.length === 0) return [];

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewRisk>();
  for (const { event } of events) {
    const { data } = event;
    const train = trains.get(data.train)!;
    const row: NewRisk = {
      key: data.key,
      train_id: train.id,
      team_id: data.team === null ? null : teams.get(data.team)!.id,
      pi_id: data.pi === null ? null : pis.get(`${train.id}|${data.pi}`)!,
      title: data.title,
      description: data.description,
      owner: data.owner,
      impact: data.impact,
      roam: data.roam,
      raised_at: new Date(data.raisedAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(row.key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(row.key, row);
  }
  // Read before writing: a key that moves to another train changes the board it left too.
  const previousTrains = await findKeyTrains(db, 'risks', [...newest.keys()]);
  await upsertRisks(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['risks'] }));
};
