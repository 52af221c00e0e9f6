import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  appendEnvironment,
  countEnvironmentDeployments,
  deleteEnvironmentRow,
  findEnvironment,
  listEnvironments,
  updateEnvironmentRow,
} from '../../db/queries/environments';
import { findRelease, insertRelease, listGatesOf, listTrainReleases, updateReleaseRow, upsertReleaseGates } from '../../db/queries/releases';
import { findTrainBySlug } from '../../db/queries/trains';
import type { Database, ReleaseGateKind } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { publishPanels, publishTrainData } from '../admin/publish';
import { trainBySlug } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import { affectedPanelKeys } from '../panels/affected';
import { GATE_ORDER } from '../panels/releases/math';
import type { Runtime } from '../runtime';
import { createEnvironmentSchema, createReleaseSchema, decideGateSchema, gateNames, updateEnvironmentSchema, updateReleaseSchema } from './schema';
import type { ConsoleGate, EnvironmentSummary, ReleasesPageData, ReleaseSummary } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log'>;
type ReleaseRow = NonNullable<Awaited<ReturnType<typeof findRelease>>>;
type GateRow = Awaited<ReturnType<typeof listGatesOf>>[number];

// Releases and their gates are the train's: Scrum Masters (editors) keep them, often in the meeting that decides a
// gate. The environments are the pipeline's shape, which the RTE (admin) owns.
const EDIT_ROLE = 'editor';
const ENVIRONMENT_ROLE = 'admin';

/** The gates as the board counts them, with their notes. */
function consoleGates(rows: GateRow[], major: boolean): ConsoleGate[] {
  return GATE_ORDER.map((gate): ConsoleGate => {
    const row = rows.find((r) => r.gate === gate);
    if (gate === 'ato' && !major) return { gate, state: 'not_needed', decidedBy: null, decidedAt: null, note: null };
    if (!row) return { gate, state: 'pending', decidedBy: null, decidedAt: null, note: null };
    return { gate, state: row.state, decidedBy: row.decided_by, decidedAt: row.decided_at?.toISOString() ?? null, note: row.note };
  });
}

function toSummary(row: Omit<ReleaseRow, 'train_id' | 'train_slug' | 'changed_at'>, gates: GateRow[]): ReleaseSummary {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    version: row.version,
    major: row.major,
    plannedDate: row.planned_date,
    targetDate: row.target_date,
    releasedAt: row.released_at?.toISOString() ?? null,
    cancelled: row.cancelled,
    gates: consoleGates(gates, row.major),
  };
}

const publishReleases = (runtime: Services, train: string) => publishTrainData(runtime, [train], 'releases', 'releases');
/** Environments are the board's columns and decide which deployments count for DORA. */
const publishEnvironments = (runtime: Services, train: string) =>
  publishPanels(runtime, affectedPanelKeys([{ train, teams: [], changed: ['releases', 'deployments'] }]), 'environments');

async function existingRelease(db: Kysely<Database>, id: number): Promise<ReleaseRow> {
  const row = await findRelease(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no release ${id}.`);
  return row;
}

/** A release added in the console: key "console-<random>", first promised on its first target date. */
export async function createRelease(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<ReleaseSummary> {
  const actor = requireRole(principal, EDIT_ROLE);
  const input = createReleaseSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    const row = {
      key: `console-${randomBytes(6).toString('hex')}`,
      train_id: train.id,
      name: input.name,
      version: input.version,
      major: input.major,
      planned_date: input.targetDate,
      target_date: input.targetDate,
      released_at: null,
      cancelled: false,
      changed_at: now,
    };
    const { id } = await insertRelease(trx, row);
    await recordAudit(trx, { actor, action: 'release.created', subject: `release ${id}`, details: { train: train.slug, key: row.key, name: row.name, version: row.version, targetDate: row.target_date, major: row.major } });
    return toSummary({ ...row, id }, []);
  });
  await publishReleases(runtime, input.trainSlug);
  return summary;
}

/** Edits a release, or marks it released (now) or cancelled. A moved target date keeps the planned one: a slip shows. */
export async function updateRelease(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<ReleaseSummary> {
  const actor = requireRole(principal, EDIT_ROLE);
  const changes = updateReleaseSchema.parse(body);
  const { summary, train } = await runtime.db.transaction().execute(async (trx) => {
    const before = await existingRelease(trx, id);
    const after = {
      name: changes.name ?? before.name,
      version: changes.version ?? before.version,
      major: changes.major ?? before.major,
      target_date: changes.targetDate ?? before.target_date,
      released_at: changes.released ? (before.released_at ?? now) : before.released_at,
      cancelled: changes.cancelled ?? before.cancelled,
      changed_at: now,
    };
    await updateReleaseRow(trx, id, after);
    const pick = (r: typeof after) => ({ name: r.name, version: r.version, major: r.major, targetDate: r.target_date, releasedAt: r.released_at, cancelled: r.cancelled });
    await recordAudit(trx, { actor, action: 'release.updated', subject: `release ${id}`, details: { train: before.train_slug, key: before.key, from: pick(before), to: pick(after) } });
    return { summary: toSummary({ ...before, ...after }, await listGatesOf(trx, [id])), train: before.train_slug };
  });
  await publishReleases(runtime, train);
  return summary;
}

/** A gate decided in the console: by the signed-in user, now. */
export async function decideGate(runtime: Services, principal: Principal, id: number, gate: string, body: unknown, now = new Date()): Promise<ReleaseSummary> {
  const actor = requireRole(principal, EDIT_ROLE);
  if (!(gateNames as readonly string[]).includes(gate)) throw new AdminError(404, 'not_found', `There is no gate "${gate}".`);
  const input = decideGateSchema.parse(body);
  const { summary, train } = await runtime.db.transaction().execute(async (trx) => {
    const release = await existingRelease(trx, id);
    const decided = input.state !== 'pending';
    const row = {
      release_id: id,
      gate: gate as ReleaseGateKind,
      state: input.state,
      decided_by: decided ? actor.name : null,
      decided_at: decided ? now : null,
      note: input.note,
      changed_at: now,
    };
    await upsertReleaseGates(trx, [row]);
    await recordAudit(trx, { actor, action: 'release_gate.decided', subject: `release ${id}`, details: { train: release.train_slug, key: release.key, gate, state: input.state, note: input.note } });
    return { summary: toSummary(release, await listGatesOf(trx, [id])), train: release.train_slug };
  });
  await publishReleases(runtime, train);
  return summary;
}

async function existingEnvironment(db: Kysely<Database>, id: number) {
  const row = await findEnvironment(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no environment ${id}.`);
  return row;
}

const toEnvironment = (e: { id: number; key: string; name: string; production: boolean }): EnvironmentSummary => ({ id: e.id, key: e.key, name: e.name, production: e.production });

/** A new environment, at the right end of the pipeline. */
export async function createEnvironment(runtime: Services, principal: Principal, body: unknown): Promise<EnvironmentSummary> {
  const actor = requireRole(principal, ENVIRONMENT_ROLE);
  const input = createEnvironmentSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    const row = { train_id: train.id, key: input.key, name: input.name, production: input.production };
    const added = await appendEnvironment(trx, row);
    if (!added) throw new AdminError(409, 'environment_taken', `Train "${train.slug}" already has an environment "${input.key}".`);
    await recordAudit(trx, { actor, action: 'environment.created', subject: `environment ${added.id}`, details: { train: train.slug, key: input.key, name: input.name, production: input.production } });
    return toEnvironment({ ...row, id: added.id });
  });
  await publishEnvironments(runtime, input.trainSlug);
  return summary;
}

/** Renames, flags as production or not, or moves one place left (up) or right (down). */
export async function updateEnvironment(runtime: Services, principal: Principal, id: number, body: unknown): Promise<EnvironmentSummary> {
  const actor = requireRole(principal, ENVIRONMENT_ROLE);
  const changes = updateEnvironmentSchema.parse(body);
  const { summary, train } = await runtime.db.transaction().execute(async (trx) => {
    const before = await existingEnvironment(trx, id);
    const after = { name: changes.name ?? before.name, production: changes.production ?? before.production };
    await updateEnvironmentRow(trx, id, after);
    if (changes.move) {
      // Renumbered 0..n-1 in the new order, so that positions stay distinct whatever they were.
      const order = (await listEnvironments(trx, before.train_id)).map((e) => e.id);
      const from = order.indexOf(id);
      const to = Math.min(order.length - 1, Math.max(0, from + (changes.move === 'up' ? -1 : 1)));
      order.splice(to, 0, ...order.splice(from, 1));
      for (const [position, envId] of order.entries()) await updateEnvironmentRow(trx, envId, { position });
    }
    await recordAudit(trx, {
      actor,
      action: 'environment.updated',
      subject: `environment ${id}`,
      details: { train: before.train_slug, key: before.key, from: { name: before.name, production: before.production }, to: after, move: changes.move ?? null },
    });
    return { summary: toEnvironment({ ...before, ...after }), train: before.train_slug };
  });
  await publishEnvironments(runtime, train);
  return summary;
}

/** Deletes an environment no deployment names; one that deployments name is refused (its history feeds DORA). */
export async function deleteEnvironment(runtime: Services, principal: Principal, id: number): Promise<void> {
  const actor = requireRole(principal, ENVIRONMENT_ROLE);
  const train = await runtime.db.transaction().execute(async (trx) => {
    const row = await existingEnvironment(trx, id);
    const deployments = await countEnvironmentDeployments(trx, id);
    if (deployments > 0) {
      throw new AdminError(
        409,
        'environment_in_use',
        `${row.name} has ${deployments} deployment${deployments === 1 ? '' : 's'}: they are the history the board and DORA show, so it cannot be deleted. Rename it instead.`,
      );
    }
    await deleteEnvironmentRow(trx, id);
    await recordAudit(trx, { actor, action: 'environment.deleted', subject: `environment ${id}`, details: { train: row.train_slug, key: row.key, name: row.name } });
    return row.train_slug;
  });
  await publishEnvironments(runtime, train);
}

/** The console page: a train (?train=, else the first), its releases (upcoming first) and its environments. */
export async function loadReleasesPage(runtime: Pick<Runtime, 'db'>, me: UserPrincipal, query: { train?: string }): Promise<ReleasesPageData> {
  requireRole(me, EDIT_ROLE);
  const mayEditEnvironments = me.role === ENVIRONMENT_ROLE;
  const { trains, slug } = await chooseTrain(runtime.db, me, query.train, { ownTrainFirst: true });
  const train = slug === undefined ? undefined : await findTrainBySlug(runtime.db, slug);
  if (!train) return { trains, train: null, releases: [], environments: [], mayEditEnvironments };
  const [releases, environments] = [await listTrainReleases(runtime.db, train.id), await listEnvironments(runtime.db, train.id)];
  const gates = await listGatesOf(runtime.db, releases.map((r) => r.id));
  return {
    trains,
    train: { slug: train.slug, name: train.name },
    releases: releases.map((r) => toSummary(r, gates.filter((g) => g.release_id === r.id))),
    environments: environments.map(toEnvironment),
    mayEditEnvironments,
  };
}
