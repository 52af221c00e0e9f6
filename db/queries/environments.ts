import { sql, type Kysely } from 'kysely';
import type { Database, NewEnvironment } from '../schema';

/** The train's environments, left to right on the board (dev → production). */
export async function listEnvironments(db: Kysely<Database>, trainId: number) {
  return db
    .selectFrom('environments')
    .select(['id', 'key', 'name', 'position', 'production'])
    .where('train_id', '=', trainId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** One environment with its train's slug, or undefined. */
export async function findEnvironment(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('environments')
    .innerJoin('trains', 'trains.id', 'environments.train_id')
    .selectAll('environments')
    .select('trains.slug as train_slug')
    .where('environments.id', '=', id)
    .executeTakeFirst();
}

/** Adds environments; one whose key the train already has is left as it is. */
export async function insertEnvironments(db: Kysely<Database>, rows: NewEnvironment[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('environments').values(rows).onConflict((oc) => oc.columns(['train_id', 'key']).doNothing()).execute();
}

/** Adds one environment at the right end of the train's pipeline; undefined when the key is taken. */
export async function appendEnvironment(db: Kysely<Database>, row: Omit<NewEnvironment, 'position'>): Promise<{ id: number } | undefined> {
  return db
    .insertInto('environments')
    .values({
      ...row,
      position: sql<number>`(select coalesce(max(position) + 1, 0) from environments where train_id = ${row.train_id})`,
    })
    .onConflict((oc) => oc.columns(['train_id', 'key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function updateEnvironmentRow(db: Kysely<Database>, id: number, changes: { name?: string; production?: boolean; position?: number }): Promise<void> {
  await db.updateTable('environments').set(changes).where('id', '=', id).execute();
}

export async function deleteEnvironmentRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('environments').where('id', '=', id).execute();
}

/** How many deployments name the environment. */
export async function countEnvironmentDeployments(db: Kysely<Database>, id: number): Promise<number> {
  const row = await db.selectFrom('deployments').select((eb) => eb.fn.countAll<number>().as('n')).where('environment_id', '=', id).executeTakeFirstOrThrow();
  return Number(row.n);
}
