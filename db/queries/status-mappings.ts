import type { Kysely } from 'kysely';
import type { Database, StatusCategory, StatusMapping } from '../schema';

/** Each train's own status names (normalised) and their categories, by train id. */
export async function statusMappingsOf(db: Kysely<Database>, trainIds: number[]): Promise<Map<number, Map<string, StatusCategory>>> {
  const byTrain = new Map<number, Map<string, StatusCategory>>();
  if (trainIds.length === 0) return byTrain;
  const rows = await db.selectFrom('status_mappings').selectAll().where('train_id', 'in', trainIds).execute();
  for (const row of rows) {
    const mapping = byTrain.get(row.train_id) ?? new Map<string, StatusCategory>();
    mapping.set(row.status, row.status_category);
    byTrain.set(row.train_id, mapping);
  }
  return byTrain;
}

/** Train ids by slug, for the slugs that exist. */
export async function findTrainIdsBySlug(db: Kysely<Database>, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('trains').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** Sets each (train, status) to its category, replacing an earlier mapping of the same name. Pass each pair once. */
export async function upsertStatusMappings(db: Kysely<Database>, rows: StatusMapping[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('status_mappings')
    .values(rows)
    .onConflict((oc) => oc.columns(['train_id', 'status']).doUpdateSet((eb) => ({ status_category: eb.ref('excluded.status_category') })))
    .execute();
}
