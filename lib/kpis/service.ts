import type { Kysely } from 'kysely';
import {
  countTrainKpis,
  deleteKpiRow,
  findKpi,
  findTrainKpisWithLatest,
  insertKpi,
  kpiKeyTaken,
  lockTrain,
  updateKpiRow,
  upsertKpiValues,
} from '../../db/queries/kpis';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { publishTrainData } from '../admin/publish';
import { trainBySlug } from '../admin/team-access';
import { chooseTrain } from '../admin/train-choice';
import { recordAudit } from '../audit';
import { requireRole, type Principal, type UserPrincipal } from '../auth/principal';
import { kpiStatus } from '../panels/kpis/math';
import { MAX_KPI_TILES } from '../panels/kpis/types';
import type { Runtime } from '../runtime';
import { createKpiSchema, fieldRefusal, recordKpiValueSchema, thresholdProblem, updateKpiSchema, type UpdateKpiInput } from './schema';
import type { KpiSummary, KpisPageData } from './types';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log'>;
type KpiRow = NonNullable<Awaited<ReturnType<typeof findKpi>>>;

// The RTE defines what the train measures: KPIs are for admins only, values kept by hand included.
const ROLE = 'admin';

function toSummary(
  row: Pick<KpiRow, 'id' | 'key' | 'name' | 'unit' | 'direction' | 'target' | 'warn_at' | 'position'>,
  trainSlug: string,
  latest: { value: number | null; observedAt: Date | null } = { value: null, observedAt: null },
): KpiSummary {
  return {
    id: row.id,
    trainSlug,
    key: row.key,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    target: row.target,
    warnAt: row.warn_at,
    position: row.position,
    value: latest.value,
    observedAt: latest.observedAt?.toISOString() ?? null,
    status: kpiStatus(latest.value, { direction: row.direction, target: row.target, warnAt: row.warn_at }),
  };
}

/** The train's walls get their KPI tiles again. */
const publish = (runtime: Services, train: string) => publishTrainData(runtime, [train], 'kpis', 'KPIs');

export async function createKpi(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<KpiSummary> {
  const actor = requireRole(principal, ROLE);
  const input = createKpiSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const train = await trainBySlug(trx, input.trainSlug);
    await lockTrain(trx, train.id);
    if ((await countTrainKpis(trx, train.id)) >= MAX_KPI_TILES) {
      throw new AdminError(409, 'too_many_kpis', `A train has at most ${MAX_KPI_TILES} KPIs, one tile each on the wall: delete one before adding another.`);
    }
    if (await kpiKeyTaken(trx, train.id, input.key)) throw fieldRefusal('key', `is already the key of another KPI of ${train.name}`);
    const row = {
      train_id: train.id,
      key: input.key,
      name: input.name,
      unit: input.unit,
      direction: input.direction,
      target: input.target,
      warn_at: input.warnAt,
      position: input.position,
      created_at: now,
      updated_at: now,
    };
    const id = await insertKpi(trx, row);
    await recordAudit(trx, {
      actor,
      action: 'kpi.created',
      subject: `kpi ${id}`,
      details: { train: train.slug, key: input.key, name: input.name, unit: input.unit, direction: input.direction, target: input.target, warnAt: input.warnAt, position: input.position },
    });
    return toSummary({ ...row, id }, train.slug);
  });
  await publish(runtime, summary.trainSlug);
  return summary;
}

/** Changes some fields; the thresholds are checked as they will be after the change. */
export async function updateKpi(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<KpiSummary> {
  const actor = requireRole(principal, ROLE);
  const changes = updateKpiSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const before = await existing(trx, id);
    const after = {
      name: changes.name ?? before.name,
      unit: changes.unit ?? before.unit,
      direction: changes.direction ?? before.direction,
      target: changes.target ?? before.target,
      warn_at: changes.warnAt ?? before.warn_at,
      position: changes.position ?? before.position,
      updated_at: now,
    };
    const problem = thresholdProblem({ direction: after.direction, target: after.target, warnAt: after.warn_at });
    if (problem) throw fieldRefusal('warnAt', problem);
    await updateKpiRow(trx, id, after);
    await recordAudit(trx, { actor, action: 'kpi.updated', subject: `kpi ${id}`, details: { train: before.train_slug, key: before.key, changes: differences(before, changes) } });
    const latest = (await findTrainKpisWithLatest(trx, before.train_slug, now))?.kpis.find((k) => k.id === id);
    return toSummary({ ...before, ...after }, before.train_slug, latest);
  });
  await publish(runtime, summary.trainSlug);
  return summary;
}

/** Deletes the KPI and all its values; playlists show the train's tiles, so none needs changing. */
export async function deleteKpi(runtime: Services, principal: Principal, id: number): Promise<void> {
  const actor = requireRole(principal, ROLE);
  const train = await runtime.db.transaction().execute(async (trx) => {
    const row = await existing(trx, id);
    const values = await deleteKpiRow(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'kpi.deleted',
      subject: `kpi ${id}`,
      details: { train: row.train_slug, key: row.key, name: row.name, unit: row.unit, direction: row.direction, target: row.target, warnAt: row.warn_at, values },
    });
    return row.train_slug;
  });
  await publish(runtime, train);
}

/** A value the RTE keeps by hand, observed now; one already at this instant is replaced. */
export async function recordKpiValue(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<KpiSummary> {
  const actor = requireRole(principal, ROLE);
  const { value } = recordKpiValueSchema.parse(body);
  const summary = await runtime.db.transaction().execute(async (trx) => {
    const row = await existing(trx, id);
    await upsertKpiValues(trx, [{ kpi_id: id, observed_at: now, value }]);
    await recordAudit(trx, { actor, action: 'kpi.value_recorded', subject: `kpi ${id}`, details: { train: row.train_slug, key: row.key, value, observedAt: now.toISOString() } });
    return toSummary(row, row.train_slug, { value, observedAt: now });
  });
  await publish(runtime, summary.trainSlug);
  return summary;
}

async function existing(db: Kysely<Database>, id: number): Promise<KpiRow> {
  const row = await findKpi(db, id);
  if (!row) throw new AdminError(404, 'not_found', `There is no KPI ${id}.`);
  return row;
}

/** What a change did, field by field, for the audit log: { target: { from: 95, to: 97 } }. */
function differences(before: KpiRow, changes: UpdateKpiInput): Record<string, { from: unknown; to: unknown }> {
  const was: Record<keyof UpdateKpiInput, unknown> = {
    name: before.name,
    unit: before.unit,
    direction: before.direction,
    target: before.target,
    warnAt: before.warn_at,
    position: before.position,
  };
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(changes) as [keyof UpdateKpiInput, unknown][]) {
    if (was[field] !== to) result[field] = { from: was[field], to };
  }
  return result;
}

/** The console page: a train (?train=, else the first) and its KPIs with their latest values. */
export async function loadKpisPage(runtime: Pick<Runtime, 'db'>, me: UserPrincipal, query: { train?: string }, now = new Date()): Promise<KpisPageData> {
  requireRole(me, ROLE);
  const { trains, slug } = await chooseTrain(runtime.db, me, query.train, { ownTrainFirst: false });
  const found = slug === undefined ? undefined : await findTrainKpisWithLatest(runtime.db, slug, now);
  if (!found) return { trains, train: null, kpis: [], max: MAX_KPI_TILES };
  return {
    trains,
    train: { slug: found.train.slug, name: found.train.name },
    kpis: found.kpis.map((k) => toSummary({ ...k, warn_at: k.warnAt }, found.train.slug, k)),
    max: MAX_KPI_TILES,
  };
}
