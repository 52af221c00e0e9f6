import type { Kysely } from 'kysely';
import {
  findItemTeams,
  findIterationsByCode,
  findTeamsBySlug,
  insertWorkItemChanges,
  recordNewEventIds,
  upsertWorkItems,
} from '../../db/queries/work-items';
import type { Database, NewWorkItem } from '../../db/schema';
import type { FieldProblem, IngestEvent } from './schema';
import { statusCategoryOf } from './status';

export interface ApplyResult {
  stored: number;
  duplicates: number;
  /** Slugs of every team whose work changed, including teams an item moved away from. */
  affectedTeams: string[];
}

/** A batch names teams or iterations that do not exist; nothing of it may be stored. */
export class UnknownReferenceError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'UnknownReferenceError';
  }
}

/**
 * Stores a validated batch. Call inside one transaction: it throws UnknownReferenceError before writing
 * anything, and a resent event (same id) changes nothing.
 */
export async function applyEvents(db: Kysely<Database>, events: IngestEvent[]): Promise<ApplyResult> {
  const seen = new Set<string>();
  const unique = events.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
  const teams = new Map((await findTeamsBySlug(db, [...new Set(unique.map((e) => e.data.team))])).map((t) => [t.slug, t]));
  const codes = [...new Set(unique.map((e) => e.data.iteration).filter((c): c is string => c !== null))];
  const trainIds = [...new Set([...teams.values()].map((t) => t.train_id))];
  const iterations = new Map(
    (await findIterationsByCode(db, trainIds, codes)).map((i) => [`${i.train_id}|${i.code}`, i.id]),
  );

  const problems: FieldProblem[] = [];
  events.forEach((event, index) => {
    const team = teams.get(event.data.team);
    if (!team) {
      problems.push({ path: `events.${index}.data.team`, message: `unknown team "${event.data.team}"` });
    } else if (event.data.iteration !== null && !iterations.has(`${team.train_id}|${event.data.iteration}`)) {
      problems.push({
        path: `events.${index}.data.iteration`,
        message: `unknown iteration "${event.data.iteration}" in the train of team "${event.data.team}"`,
      });
    }
  });
  if (problems.length > 0) throw new UnknownReferenceError(problems);

  const newIds = await recordNewEventIds(db, unique);
  const fresh = unique.filter((e) => newIds.has(e.id));
  const result: ApplyResult = { stored: fresh.length, duplicates: events.length - fresh.length, affectedTeams: [] };
  if (fresh.length === 0) return result;

  const keys = [...new Set(fresh.map((e) => e.data.key))];
  const previousTeams = await findItemTeams(db, keys);

  const rows = fresh.map((event) => {
    const team = teams.get(event.data.team)!;
    const row: NewWorkItem = {
      key: event.data.key,
      team_id: team.id,
      iteration_id: event.data.iteration === null ? null : iterations.get(`${team.train_id}|${event.data.iteration}`)!,
      title: event.data.title,
      kind: event.data.kind,
      status: event.data.status,
      status_category: statusCategoryOf(event.data.status),
      points: event.data.points,
      hours_remaining: event.data.hoursRemaining,
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

  result.affectedTeams = [...new Set([...fresh.map((e) => e.data.team), ...previousTeams.values()])];
  return result;
}
