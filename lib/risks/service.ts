import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findPi } from '../../db/queries/objectives';
import { deleteRiskRow, findRisk, insertRisk, updateRiskRow } from '../../db/queries/risks';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { publishTrainData } from '../admin/publish';
import { assertMayEditTeam, mayEditTeam, teamInTrain, trainBySlug } from '../admin/team-access';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import { ageInDays } from '../panels/risks/math';
import type { Runtime } from '../runtime';
import { createRiskSchema, updateRiskSchema, type UpdateRiskInput } from './schema';
import type { RiskDto } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log'>;
export type RiskRow = NonNullable<Awaited<ReturnType<typeof findRisk>>>;

/** Admins (RTEs) change every risk; editors only their own team's, never the whole train's (team null). */
function assertMayEdit(actor: UserPrincipal, teamId: number | null): void {
  assertMayEditTeam(
    actor,
    teamId,
    teamId === null ? "Only admins may change the whole train's risks; editors change their own team's." : "Editors may change only their own team's risks.",
  );
}

export function toRiskDto(row: RiskRow, actor: UserPrincipal, now: Date): RiskDto {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    description: row.description,
    owner: row.owner,
    impact: row.impact,
    roam: row.roam,
    team: row.team_slug === null || row.team_name === null ? null : { slug: row.team_slug, name: row.team_name },
    pi: row.pi_id === null || row.pi_name === null ? null : { id: row.pi_id, name: row.pi_name },
    raisedAt: row.raised_at.toISOString(),
    changedAt: row.changed_at.toISOString(),
    ageDays: ageInDays(row.raised_at.toISOString(), now, row.time_zone),
    editable: mayEditTeam(actor, row.team_id),
  };
}

/** Tells the train's walls: their risks panel is loaded again and pushed. */
const publish = (runtime: Services, train: string) => publishTrainData(runtime, [train], 'risks', 'risks');

/** Adds a risk, not yet ROAMed, raised now; its key is "console-<random>". */
export async function createRisk(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<RiskDto> {
  const actor = requireRole(principal, 'editor');
  const input = createRiskSchema.parse(body);
  const { dto, train } = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    const team = await teamInTrain(trx, input.teamSlug, train);
    assertMayEdit(actor, team?.id ?? null);
    const pi = input.piId === null ? null : await findPi(trx, input.piId);
    if (pi === undefined || (pi && pi.train_id !== train.id)) throw new AdminError(400, 'unknown_pi', `Train "${train.slug}" has no PI ${input.piId}.`);
    const row = {
      key: `console-${randomBytes(9).toString('base64url')}`,
      train_id: train.id,
      team_id: team?.id ?? null,
      pi_id: pi?.id ?? null,
      title: input.title,
      description: input.description,
      owner: input.owner,
      impact: input.impact,
      roam: 'unroamed' as const,
      raised_at: now,
      changed_at: now,
    };
    const { id } = await insertRisk(trx, row);
    await recordAudit(trx, {
      actor,
      action: 'risk.created',
      subject: `risk ${id}`,
      details: { key: row.key, train: train.slug, team: team?.slug ?? null, pi: pi?.name ?? null, title: row.title, impact: row.impact, owner: row.owner },
    });
    return { dto: toRiskDto((await findRisk(trx, id))!, actor, now), train: train.slug };
  });
  await publish(runtime, train);
  return dto;
}

/** Changes some fields of a risk (its ROAM state among them); moving it to another team needs the right to both. */
export async function updateRisk(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<RiskDto> {
  const actor = requireRole(principal, 'editor');
  const changes = updateRiskSchema.parse(body);
  const { dto, train } = await runtime.db.transaction().execute(async (trx) => {
    const before = await existing(trx, id);
    assertMayEdit(actor, before.team_id);
    let teamId = before.team_id;
    if (changes.teamSlug !== undefined && changes.teamSlug !== before.team_slug) {
      const moved = await teamInTrain(trx, changes.teamSlug, { id: before.train_id, slug: before.train_slug });
      assertMayEdit(actor, moved?.id ?? null);
      teamId = moved?.id ?? null;
    }
    await updateRiskRow(trx, id, {
      team_id: teamId,
      title: changes.title ?? before.title,
      description: changes.description === undefined ? before.description : changes.description,
      owner: changes.owner === undefined ? before.owner : changes.owner,
      impact: changes.impact ?? before.impact,
      roam: changes.roam ?? before.roam,
      changed_at: now,
    });
    await recordAudit(trx, { actor, action: 'risk.updated', subject: `risk ${id}`, details: { key: before.key, train: before.train_slug, changes: differences(before, changes) } });
    return { dto: toRiskDto((await findRisk(trx, id))!, actor, now), train: before.train_slug };
  });
  await publish(runtime, train);
  return dto;
}

export async function deleteRisk(runtime: Services, principal: Principal, id: number): Promise<void> {
  const actor = requireRole(principal, 'editor');
  const train = await runtime.db.transaction().execute(async (trx) => {
    const row = await existing(trx, id);
    assertMayEdit(actor, row.team_id);
    await deleteRiskRow(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'risk.deleted',
      subject: `risk ${id}`,
      details: { key: row.key, train: row.train_slug, team: row.team_slug, pi: row.pi_name, title: row.title, impact: row.impact, roam: row.roam, owner: row.owner },
    });
    return row.train_slug;
  });
  await publish(runtime, train);
}

async function existing(db: Kysely<Database>, id: number): Promise<RiskRow> {
  const row = await findRisk(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no risk ${id}.`);
  return row;
}

/** What a change did, field by field, for the audit log: { roam: { from: 'unroamed', to: 'owned' } }. */
function differences(before: RiskRow, changes: UpdateRiskInput): Record<string, { from: unknown; to: unknown }> {
  const was: Record<keyof UpdateRiskInput, unknown> = {
    teamSlug: before.team_slug,
    title: before.title,
    impact: before.impact,
    owner: before.owner,
    description: before.description,
    roam: before.roam,
  };
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(changes) as [keyof UpdateRiskInput, unknown][]) {
    if (was[field] !== to) result[field] = { from: was[field], to };
  }
  return result;
}
