import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  findImpediment,
  insertImpediment,
  updateImpediment as updateImpedimentRow,
  type ImpedimentRow,
} from '../../db/queries/impediments';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { publishTrainData } from '../admin/publish';
import { assertMayEditTeam, teamInTrain, trainBySlug } from '../admin/team-access';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { createImpedimentSchema, updateImpedimentSchema, type UpdateImpedimentInput } from './schema';
import type { ImpedimentDto } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log'>;

export const FORBIDDEN_MESSAGE = "Editors may change only their own team's impediments; the RTE (an admin) changes the rest.";

/** Admins (RTEs) change every impediment, the train's own included; editors only their own team's. */
const assertMayEdit = (actor: UserPrincipal, teamId: number | null) => assertMayEditTeam(actor, teamId, FORBIDDEN_MESSAGE);

export function toImpedimentDto(row: ImpedimentRow): ImpedimentDto {
  return {
    id: row.id,
    key: row.key,
    trainSlug: row.train_slug,
    teamSlug: row.team_slug,
    teamName: row.team_name,
    title: row.title,
    description: row.description,
    owner: row.owner,
    escalated: row.escalated,
    openedAt: row.opened_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    changedAt: row.changed_at.toISOString(),
  };
}

/** Tells the train's walls: its impediments panel is loaded again and pushed. */
const publish = (runtime: Services, train: string) => publishTrainData(runtime, [train], 'impediments', 'impediments');

/** Opens an impediment for a team of the train (or the whole train, admins only); its key is "console-<random>". */
export async function createImpediment(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<ImpedimentDto> {
  const actor = requireRole(principal, 'editor');
  const input = createImpedimentSchema.parse(body);
  const dto = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    const team = await teamInTrain(trx, input.teamSlug, train);
    assertMayEdit(actor, team?.id ?? null);
    const row = {
      key: `console-${randomBytes(9).toString('base64url')}`,
      train_id: train.id,
      team_id: team?.id ?? null,
      title: input.title,
      description: input.description,
      owner: input.owner,
      escalated: input.escalated,
      opened_at: now,
      resolved_at: null,
      changed_at: now,
    };
    const { id } = await insertImpediment(trx, row);
    await recordAudit(trx, {
      actor,
      action: 'impediment.created',
      subject: `impediment ${id}`,
      details: { key: row.key, train: train.slug, team: input.teamSlug, title: row.title, owner: row.owner, escalated: row.escalated },
    });
    return toImpedimentDto((await findImpediment(trx, id))!);
  });
  await publish(runtime, dto.trainSlug);
  return dto;
}

/**
 * Changes an impediment: its fields, escalated or not, resolved (now) or reopened. Moving it to another team
 * needs the right to change both. A change that changes nothing (a second tap on Resolve) writes nothing.
 */
export async function updateImpediment(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<ImpedimentDto> {
  const actor = requireRole(principal, 'editor');
  const changes = updateImpedimentSchema.parse(body);
  const { dto, changed } = await runtime.db.transaction().execute(async (trx) => {
    const before = await existing(trx, id);
    assertMayEdit(actor, before.team_id);
    let teamId = before.team_id;
    if (changes.teamSlug !== undefined && changes.teamSlug !== before.team_slug) {
      const team = await teamInTrain(trx, changes.teamSlug, { id: before.train_id, slug: before.train_slug });
      assertMayEdit(actor, team?.id ?? null);
      teamId = team?.id ?? null;
    }
    const diff = differences(before, changes);
    if (Object.keys(diff).length === 0) return { dto: toImpedimentDto(before), changed: false };

    const resolvedAt = changes.resolved === undefined || diff.resolved === undefined ? before.resolved_at : changes.resolved ? now : null;
    await updateImpedimentRow(trx, id, {
      team_id: teamId,
      title: changes.title ?? before.title,
      description: changes.description === undefined ? before.description : changes.description,
      owner: changes.owner === undefined ? before.owner : changes.owner,
      escalated: changes.escalated ?? before.escalated,
      resolved_at: resolvedAt,
      changed_at: now,
    });
    await recordAudit(trx, { actor, action: auditAction(diff), subject: `impediment ${id}`, details: { key: before.key, train: before.train_slug, team: before.team_slug, changes: diff } });
    return { dto: toImpedimentDto((await findImpediment(trx, id))!), changed: true };
  });
  if (changed) await publish(runtime, dto.trainSlug);
  return dto;
}

async function existing(db: Kysely<Database>, id: number): Promise<ImpedimentRow> {
  const row = await findImpediment(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no impediment ${id}.`);
  return row;
}

type Diff = Record<string, { from: unknown; to: unknown }>;

/** What a change does, field by field, for the audit log: { escalated: { from: false, to: true } }. */
function differences(before: ImpedimentRow, changes: UpdateImpedimentInput): Diff {
  const was: Record<keyof UpdateImpedimentInput, unknown> = {
    teamSlug: before.team_slug,
    title: before.title,
    owner: before.owner,
    description: before.description,
    escalated: before.escalated,
    resolved: before.resolved_at !== null,
  };
  const result: Diff = {};
  for (const [field, to] of Object.entries(changes) as [keyof UpdateImpedimentInput, unknown][]) {
    if (to !== undefined && was[field] !== to) result[field] = { from: was[field], to };
  }
  return result;
}

/** Resolving and reopening read as such in the audit log; anything else is an update. */
function auditAction(diff: Diff): string {
  const fields = Object.keys(diff);
  if (fields.length === 1 && diff.resolved) return diff.resolved.to ? 'impediment.resolved' : 'impediment.reopened';
  return 'impediment.updated';
}
