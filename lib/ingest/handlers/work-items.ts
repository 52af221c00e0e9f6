import { statusMappingsOf } from '../../../db/queries/status-mappings';
import {
  findItemTeams,
  findIterationsByCode,
  findTeamsBySlug,
  insertWorkItemChanges,
  refreshItemHistory,
  upsertWorkItems,
} from '../../../db/queries/work-items';
import type { NewWorkItem } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { statusCategoryOf } from '../status';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/** Stories, defects, enablers' stories...: their newest state, their append-only history and their flow facts. */
export const applyWorkItems: EventHandler<'work_item.upserted'> = async (db, events) => {
  const teams = new Map((await findTeamsBySlug(db, [...new Set(events.map(({ event }) => event.data.team))])).map((t) => [t.slug, t]));
  const codes = [...new Set(events.map(({ event }) => event.data.iteration).filter((c): c is string => c !== null))];
  const trainIds = [...new Set([...teams.values()].map((t) => t.train_id))];
  const iterations = new Map((await findIterationsByCode(db, trainIds, codes)).map((i) => [`${i.train_id}|${i.code}`, i.id]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const team = teams.get(event.data.team);
    if (!team) {
      problems.push({ path: fieldPath(index, 'team'), message: `unknown team "${event.data.team}"` });
    } else if (event.data.iteration !== null && !iterations.has(`${team.train_id}|${event.data.iteration}`)) {
      problems.push({
        path: fieldPath(index, 'iteration'),
        message: `unknown iteration "${event.data.iteration}" in the train of team "${event.data.team}"`,
      });
    }
  }
  refuseUnknown(problems);
  if (events.length === 0) return [];

  const mappings = await statusMappingsOf(db, trainIds);
  const previousTeams = await findItemTeams(db, [...new Set(events.map(({ event }) => event.data.key))]);
  const rows = events.map(({ event }) => {
    const team = teams.get(event.data.team)!;
    const row: NewWorkItem = {
      key: event.data.key,
      team_id: team.id,
      iteration_id: event.data.iteration === null ? null : iterations.get(`${team.train_id}|${event.data.iteration}`)!,
      title: event.data.title,
      kind: event.data.kind,
      status: event.data.status,
      status_category: statusCategoryOf(event.data.status, mappings.get(team.train_id)),
      points: event.data.points,
      hours_remaining: event.data.hoursRemaining,
      feature_key: event.data.feature,
      changed_at: new Date(event.occurredAt),
    };
    return { event, row };
  });

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewWorkItem>();
  for (const { row } of rows) {
    const held = newest.get(row.key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(row.key, row);
  }
  const ids = await upsertWorkItems(db, [...newest.values()]);
  await insertWorkItemChanges(
    db,
    rows.map(({ event, row }) => ({
      work_item_id: ids.get(row.key)!,
      event_id: event.id,
      occurred_at: row.changed_at as Date,
      team_id: row.team_id,
      iteration_id: row.iteration_id ?? null,
      status_category: row.status_category,
      points: row.points ?? null,
      hours_remaining: row.hours_remaining ?? null,
    })),
  );
  const itemIds = [...new Set(ids.values())];
  await refreshItemHistory(db, itemIds);

  // Teams an item moved away from change too.
  const byTrain = new Map<string, Set<string>>();
  const touch = (train: string, team: string) => byTrain.set(train, (byTrain.get(train) ?? new Set()).add(team));
  for (const { event } of events) touch(teams.get(event.data.team)!.train_slug, event.data.team);
  for (const previous of previousTeams.values()) touch(previous.train, previous.team);
  return [...byTrain].map(([train, teamSet]): TrainChange => ({ train, teams: [...teamSet], changed: ['work'] }));
};
