import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  deleteObjective as deleteObjectiveRow,
  findObjective,
  findPi,
  insertObjective,
  updateObjective as updateObjectiveRow,
} from '../../db/queries/objectives';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { publishTrainData } from '../admin/publish';
import { assertMayEditTeam, teamBySlug } from '../admin/team-access';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { createObjectiveSchema, updateObjectiveSchema, type UpdateObjectiveInput } from './schema';
import type { ObjectiveDto } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log'>;
type ObjectiveRow = NonNullable<Awaited<ReturnType<typeof findObjective>>>;

/** Admins (RTEs) edit every team's objectives; editors only their own team's. */
const assertMayEdit = (actor: UserPrincipal, teamId: number) => assertMayEditTeam(actor, teamId, "Editors may change only their own team's objectives.");

export function toObjectiveDto(row: Omit<ObjectiveRow, 'train_id' | 'train_slug' | 'team_id' | 'pi_id'>): ObjectiveDto {
  return {
    id: row.id,
    key: row.key,
    teamSlug: row.team_slug,
    title: row.title,
    committed: row.committed,
    plannedValue: row.planned_value,
    actualValue: row.actual_value,
    changedAt: row.changed_at.toISOString(),
  };
}

/** Tells the train's walls: its objectives panels (and flow's predictability) are loaded again and pushed. */
const publish = (runtime: Services, train: string) => publishTrainData(runtime, [train], 'objectives', 'objectives');

/** Adds an objective to a team's PI; its key is "console-<random>". */
export async function createObjective(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<ObjectiveDto> {
  const actor = requireRole(principal, 'editor');
  const input = createObjectiveSchema.parse(body);
  const { dto, train } = await runtime.db.transaction().execute(async (trx) => {
    const team = await teamBySlug(trx, input.teamSlug);
    assertMayEdit(actor, team.id);
    const pi = await findPi(trx, input.piId);
    if (!pi || pi.train_id !== team.train_id) throw new AdminError(400, 'unknown_pi', `The train of team "${team.slug}" has no PI ${input.piId}.`);
    const row = {
      key: `console-${randomBytes(9).toString('base64url')}`,
      team_id: team.id,
      pi_id: pi.id,
      title: input.title,
      committed: input.committed,
      planned_value: input.plannedValue,
      actual_value: input.actualValue,
      changed_at: now,
    };
    const { id } = await insertObjective(trx, row);
    await recordAudit(trx, {
      actor,
      action: 'objective.created',
      subject: `objective ${id}`,
      details: { key: row.key, team: team.slug, pi: pi.name, title: input.title, committed: input.committed, plannedValue: input.plannedValue, actualValue: input.actualValue },
    });
    return { dto: toObjectiveDto({ ...row, id, team_slug: team.slug }), train: team.train_slug };
  });
  await publish(runtime, train);
  return dto;
}

/** Changes some fields of an objective; moving it to another team needs the right to edit both teams. */
export async function updateObjective(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<ObjectiveDto> {
  const actor = requireRole(principal, 'editor');
  const changes = updateObjectiveSchema.parse(body);
  const { dto, train } = await runtime.db.transaction().execute(async (trx) => {
    const before = await existing(trx, id);
    assertMayEdit(actor, before.team_id);
    let team = { id: before.team_id, slug: before.team_slug };
    if (changes.teamSlug !== undefined && changes.teamSlug !== before.team_slug) {
      const moved = await teamBySlug(trx, changes.teamSlug);
      assertMayEdit(actor, moved.id);
      if (moved.train_id !== before.train_id) throw new AdminError(400, 'other_train', `Team "${moved.slug}" is in another train, with other PIs.`);
      team = moved;
    }
    const after = {
      team_id: team.id,
      title: changes.title ?? before.title,
      committed: changes.committed ?? before.committed,
      planned_value: changes.plannedValue ?? before.planned_value,
      actual_value: changes.actualValue === undefined ? before.actual_value : changes.actualValue,
      changed_at: now,
    };
    await updateObjectiveRow(trx, id, after);
    await recordAudit(trx, { actor, action: 'objective.updated', subject: `objective ${id}`, details: { key: before.key, team: before.team_slug, changes: differences(before, changes) } });
    return { dto: toObjectiveDto({ ...before, ...after, team_slug: team.slug }), train: before.train_slug };
  });
  await publish(runtime, train);
  return dto;
}

export async function deleteObjective(runtime: Services, principal: Principal, id: number): Promise<void> {
  const actor = requireRole(principal, 'editor');
  const train = await runtime.db.transaction().execute(async (trx) => {
    const row = await existing(trx, id);
    assertMayEdit(actor, row.team_id);
    await deleteObjectiveRow(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'objective.deleted',
      subject: `objective ${id}`,
      details: { key: row.key, team: row.team_slug, title: row.title, committed: row.committed, plannedValue: row.planned_value, actualValue: row.actual_value },
    });
    return row.train_slug;
  });
  await publish(runtime, train);
}

async function existing(db: Kysely<Database>, id: number): Promise<ObjectiveRow> {
  const row = await findObjective(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no objective ${id}.`);
  return row;
}

/** What a change did, field by field, for the audit log: { actualValue: { from: null, to: 8 } }. */
function differences(before: ObjectiveRow, changes: UpdateObjectiveInput): Record<string, { from: unknown; to: unknown }> {
  const was: Record<keyof UpdateObjectiveInput, unknown> = {
    teamSlug: before.team_slug,
    title: before.title,
    committed: before.committed,
    plannedValue: before.planned_value,
    actualValue: before.actual_value,
  };
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(changes) as [keyof UpdateObjectiveInput, unknown][]) {
    if (was[field] !== to) result[field] = { from: was[field], to };
  }
  return result;
}
