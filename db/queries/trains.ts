import { sql, type Kysely } from 'kysely';
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

export async function findTrainById(db: Kysely<Database>, id: number) {
  return db.selectFrom('trains').select(['id', 'slug']).where('id', '=', id).executeTakeFirst();
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

/** Which of these trains have a public wall. */
export async function publicTrainSlugs(db: Kysely<Database>, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.selectFrom('trains').select('slug').where('slug', 'in', slugs).where('public_wall', '=', true).execute();
  return new Set(rows.map((r) => r.slug));
}

/** Trains by slug, each with every team's slug (a calendar change republishes every team's panels). */
export async function findTrainsWithTeams(db: Kysely<Database>, slugs: string[]): Promise<Map<string, { id: number; slug: string; teams: string[] }>> {
  const trains = new Map<string, { id: number; slug: string; teams: string[] }>();
  if (slugs.length === 0) return trains;
  const rows = await db
    .selectFrom('trains')
    .leftJoin('teams', 'teams.train_id', 'trains.id')
    .select(['trains.id', 'trains.slug', 'teams.slug as team_slug'])
    .where('trains.slug', 'in', slugs)
    .orderBy('trains.slug')
    .orderBy('teams.slug')
    .execute();
  for (const row of rows) {
    const train = trains.get(row.slug) ?? { id: row.id, slug: row.slug, teams: [] };
    if (row.team_slug !== null) train.teams.push(row.team_slug);
    trains.set(row.slug, train);
  }
  return trains;
}

/** Creates the train's PI of that name, or moves the dates of the one it has; returns its id. */
export async function upsertProgramIncrement(db: Kysely<Database>, pi: NewProgramIncrement): Promise<number> {
  const row = await db
    .insertInto('program_increments')
    .values(pi)
    .onConflict((oc) =>
      oc.columns(['train_id', 'name']).doUpdateSet((eb) => ({ start_date: eb.ref('excluded.start_date'), end_date: eb.ref('excluded.end_date') })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Makes `iterations` (numbered 1..n in the order given) the PI's first n iterations, by code within the train: an
 * existing code is updated (and moves to this PI if it was in another), a new one is created. Iterations of the PI
 * that the list does not name are kept, numbered after it in their previous order, so no work loses its iteration.
 * Numbers are unique per PI at every step: the PI's rows first move to negative numbers, out of the way.
 */
export async function replacePiIterations(
  db: Kysely<Database>,
  target: { trainId: number; piId: number },
  iterations: Omit<NewIteration, 'train_id' | 'pi_id' | 'number'>[],
): Promise<void> {
  const { trainId, piId } = target;
  const codes = iterations.map((it) => it.code);
  await db
    .updateTable('iterations')
    .set((eb) => ({ number: eb.neg(eb.ref('number')) }))
    .where('number', '>', 0)
    .where((eb) => {
      const inPi = eb('pi_id', '=', piId);
      return codes.length === 0 ? inPi : eb.or([inPi, eb.and([eb('train_id', '=', trainId), eb('code', 'in', codes)])]);
    })
    .execute();
  if (iterations.length > 0) {
    await db
      .insertInto('iterations')
      .values(iterations.map((it, index) => ({ ...it, train_id: trainId, pi_id: piId, number: index + 1 })))
      .onConflict((oc) =>
        oc.columns(['train_id', 'code']).doUpdateSet((eb) => ({
          pi_id: eb.ref('excluded.pi_id'),
          number: eb.ref('excluded.number'),
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          start_date: eb.ref('excluded.start_date'),
          end_date: eb.ref('excluded.end_date'),
        })),
      )
      .execute();
  }
  // The PI's iterations the list left out; and, in other PIs, nothing negative remains (their moved rows left).
  await sql`
    update iterations i set number = ${iterations.length} + k.rank
    from (select id, row_number() over (order by number desc, id) as rank from iterations where pi_id = ${piId} and number < 0) k
    where i.id = k.id
  `.execute(db);
}
