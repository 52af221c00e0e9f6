import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

type KeyedRow = { key: string; train_id: number };

type Candidate = 'impediments' | 'risks' | 'incidents' | 'oncall_shifts';

/** Tables whose rows feeds send by key and that belong to a train directly; one without both columns drops out. */
export type TrainKeyedTable = { [T in Candidate]: Database[T] extends KeyedRow ? T : never }[Candidate];

/**
 * The train each of these keys of the table belongs to now (keys not stored yet are absent); ingest handlers use it
 * to tell the train a key moved away from.
 */
export async function findKeyTrains(db: Kysely<Database>, table: TrainKeyedTable, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    // One query for any of those tables: the alias has just the two columns they all have.
    .selectFrom(sql<KeyedRow>`${sql.table(table)}`.as('keyed'))
    .innerJoin('trains', 'trains.id', 'keyed.train_id')
    .select(['keyed.key', 'trains.slug'])
    .where('keyed.key', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.key, r.slug]));
}
