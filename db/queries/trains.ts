import type { Kysely } from 'kysely';
import type { Database, NewIteration, NewProgramIncrement, NewTeam, NewTrain } from '../schema';

export async function insertTrain(db: Kysely<Database>, train: NewTrain) {
  return db.insertInto('trains').values(train).returning(['id', 'slug', 'time_zone']).executeTakeFirstOrThrow();
}

export async function insertTeams(db: Kysely<Database>, teams: NewTeam[]) {
  return db.insertInto('teams').values(teams).returning(['id', 'slug']).execute();
}

export async function insertProgramIncrement(db: Kysely<Database>, pi: NewProgramIncrement) {
  return db.insertInto('program_increments').values(pi).returning('id').executeTakeFirstOrThrow();
}

export async function insertIterations(db: Kysely<Database>, iterations: NewIteration[]) {
  return db.insertInto('iterations').values(iterations).returning(['id', 'code']).execute();
}

export async function findTrainBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom('trains').select(['id', 'slug', 'name', 'time_zone', 'public_wall']).where('slug', '=', slug).executeTakeFirst();
}

export async function listTeams(db: Kysely<Database>, trainId: number) {
  return db.selectFrom('teams').select(['id', 'slug', 'name']).where('train_id', '=', trainId).orderBy('name').execute();
}

/** True once anything has been stored: a train, or any ingested event. */
export async function holdsAnyData(db: Kysely<Database>): Promise<boolean> {
  const train = await db.selectFrom('trains').select('id').limit(1).executeTakeFirst();
  const event = await db.selectFrom('ingested_events').select('id').limit(1).executeTakeFirst();
  return Boolean(train ?? event);
}

export async function listTrains(db: Kysely<Database>, options: { publicOnly?: boolean } = {}) {
  let query = db.selectFrom('trains').select(['slug', 'name']).orderBy('name');
  if (options.publicOnly) query = query.where('public_wall', '=', true);
  return query.execute();
}

/** Of these team slugs, the ones whose train shows a public wall. */
export async function publicTeamSlugs(db: Kysely<Database>, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db
    .selectFrom('teams')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select('teams.slug')
    .where('teams.slug', 'in', slugs)
    .where('trains.public_wall', '=', true)
    .execute();
  return new Set(rows.map((r) => r.slug));
}
