import type { Kysely } from 'kysely';
import type { Database, NewDeployment } from '../schema';

/** The environments of these trains, by train id and key (what deployment feeds name them by). */
export async function findEnvironmentIds(db: Kysely<Database>, trainIds: number[]): Promise<Map<string, number>> {
  if (trainIds.length === 0) return new Map();
  const rows = await db.selectFrom('environments').select(['id', 'train_id', 'key']).where('train_id', 'in', trainIds).execute();
  return new Map(rows.map((r) => [environmentKey(r.train_id, r.key), r.id]));
}

export const environmentKey = (trainId: number, key: string) => `${trainId}/${key}`;

/** The train each of these deployment keys belongs to now (keys not stored yet are absent). */
export async function findDeploymentTrains(db: Kysely<Database>, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('deployments')
    .innerJoin('trains', 'trains.id', 'deployments.train_id')
    .select(['deployments.key', 'trains.slug'])
    .where('deployments.key', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.key, r.slug]));
}

/** Inserts or replaces deployments by key; a stored state newer than the incoming one is kept (newest wins). */
export async function upsertDeployments(db: Kysely<Database>, rows: NewDeployment[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('deployments')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          environment_id: eb.ref('excluded.environment_id'),
          version: eb.ref('excluded.version'),
          status: eb.ref('excluded.status'),
          deployed_at: eb.ref('excluded.deployed_at'),
          commit: eb.ref('excluded.commit'),
          committed_at: eb.ref('excluded.committed_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('deployments.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}
