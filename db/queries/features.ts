import { sql, type Kysely } from 'kysely';
import type { Database, NewFeature, NewFeatureChange } from '../schema';

export async function findTrainsBySlug(db: Kysely<Database>, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.selectFrom('trains').select(['id', 'slug']).where('slug', 'in', slugs).execute();
}

export async function findPisByName(db: Kysely<Database>, trainIds: number[], names: string[]) {
  if (trainIds.length === 0 || names.length === 0) return [];
  return db
    .selectFrom('program_increments')
    .select(['id', 'train_id', 'name'])
    .where('train_id', 'in', trainIds)
    .where('name', 'in', names)
    .execute();
}

/** `${train_id}|${key}`: features are unique by key within a train. */
export const featureRef = (trainId: number, key: string) => `${trainId}|${key}`;

/** Writes each feature's newest state; a row already holding a later change keeps it. Returns ids by featureRef. */
export async function upsertFeatures(db: Kysely<Database>, features: NewFeature[]): Promise<Map<string, number>> {
  if (features.length === 0) return new Map();
  const written = await db
    .insertInto('features')
    .values(features)
    .onConflict((oc) =>
      oc
        .columns(['train_id', 'key'])
        .doUpdateSet((eb) => ({
          pi_id: eb.ref('excluded.pi_id'),
          title: eb.ref('excluded.title'),
          kind: eb.ref('excluded.kind'),
          status: eb.ref('excluded.status'),
          status_category: eb.ref('excluded.status_category'),
          points: eb.ref('excluded.points'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('features.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .returning(['id', 'train_id', 'key'])
    .execute();
  const ids = new Map(written.map((r) => [featureRef(r.train_id, r.key), r.id]));
  // Rows that kept a later state are not returned: look those few up.
  const kept = features.filter((f) => !ids.has(featureRef(f.train_id, f.key)));
  if (kept.length > 0) {
    const rows = await db
      .selectFrom('features')
      .select(['id', 'train_id', 'key'])
      .where((eb) => eb.or(kept.map((f) => eb.and([eb('train_id', '=', f.train_id), eb('key', '=', f.key)]))))
      .execute();
    for (const row of rows) ids.set(featureRef(row.train_id, row.key), row.id);
  }
  return ids;
}

export async function insertFeatureChanges(db: Kysely<Database>, changes: NewFeatureChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insertInto('feature_changes').values(changes).execute();
}

/** Each feature change holds until the feature's next change ('infinity' for the latest); as refreshItemHistory. */
export async function refreshFeatureSpans(db: Kysely<Database>, featureIds: number[]): Promise<void> {
  if (featureIds.length === 0) return;
  await sql`
    update feature_changes c set valid_to = n.next_at
    from (
      select id, coalesce(lead(occurred_at) over (partition by feature_id order by occurred_at, id), 'infinity'::timestamptz) as next_at
      from feature_changes
      where feature_id in (${sql.join(featureIds)})
    ) n
    where c.id = n.id and c.valid_to is distinct from n.next_at
  `.execute(db);
}
