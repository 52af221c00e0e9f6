import { sql, type Kysely } from 'kysely';
import { currentPiFirst, trainToday } from './current-pi';
import type { Database, NewPiObjective } from '../schema';

/**
 * One team's PI objectives in business value (BV), for SAFe predictability. The four sums count RATED objectives
 * only (actual_value set): an objective not yet rated at the system demo is in neither planned nor actual.
 */
export interface ObjectiveTotals {
  teamSlug: string;
  teamName: string;
  /** Planned BV of the rated committed objectives: the denominator of predictability. */
  committedPlanned: number;
  committedActual: number;
  uncommittedPlanned: number;
  /** Uncommitted objectives achieved count towards actual BV, so predictability can pass 100 %. */
  uncommittedActual: number;
  /** Objectives rated so far, committed or not. */
  rated: number;
  total: number;
}

/** The totals plus what the panel shows of objectives not rated yet. */
export interface ObjectiveBreakdown extends ObjectiveTotals {
  committedCount: number;
  uncommittedCount: number;
  /** Planned BV of every committed objective, rated or not: the whole commitment. */
  committedPlannedAll: number;
  uncommittedPlannedAll: number;
}

/**
 * Every team of the PI's train (by name; teams without objectives have zeros) with its objective totals for the
 * PI, aggregated in SQL. Empty for an unknown PI.
 *   const teams = await objectiveTotalsByTeam(db, piId);
 *   predictabilityPercent(sum(committedActual + uncommittedActual), sum(committedPlanned))
 */
export async function objectiveTotalsByTeam(db: Kysely<Database>, piId: number): Promise<ObjectiveTotals[]> {
  return objectiveBreakdownByTeam(db, piId);
}

export async function objectiveBreakdownByTeam(db: Kysely<Database>, piId: number): Promise<ObjectiveBreakdown[]> {
  const result = await sql<ObjectiveBreakdown>`
    select t.slug as "teamSlug", t.name as "teamName",
      coalesce(sum(o.planned_value) filter (where o.committed and o.actual_value is not null), 0)::int as "committedPlanned",
      coalesce(sum(o.actual_value) filter (where o.committed), 0)::int as "committedActual",
      coalesce(sum(o.planned_value) filter (where not o.committed and o.actual_value is not null), 0)::int as "uncommittedPlanned",
      coalesce(sum(o.actual_value) filter (where not o.committed), 0)::int as "uncommittedActual",
      count(o.actual_value)::int as rated,
      count(o.id)::int as total,
      count(o.id) filter (where o.committed)::int as "committedCount",
      count(o.id) filter (where not o.committed)::int as "uncommittedCount",
      coalesce(sum(o.planned_value) filter (where o.committed), 0)::int as "committedPlannedAll",
      coalesce(sum(o.planned_value) filter (where not o.committed), 0)::int as "uncommittedPlannedAll"
    from program_increments p
    join teams t on t.train_id = p.train_id
    left join pi_objectives o on o.team_id = t.id and o.pi_id = p.id
    where p.id = ${piId}
    group by t.id, t.slug, t.name
    order by t.name, t.slug
  `.execute(db);
  return result.rows;
}

export interface PiSummary {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
}

export interface TrainWithCurrentPi {
  trainId: number;
  slug: string;
  name: string;
  timeZone: string;
  /** The PI containing today in the train's zone, else the latest started, else the next; null when none. */
  pi: PiSummary | null;
}

/** A train and its current PI at `now`, in one round trip; undefined for an unknown train. */
export async function findTrainWithCurrentPi(db: Kysely<Database>, trainSlug: string, now: Date): Promise<TrainWithCurrentPi | undefined> {
  const today = trainToday(now);
  const result = await sql<TrainWithCurrentPi>`
    select trains.id as "trainId", trains.slug, trains.name, trains.time_zone as "timeZone",
      (select json_build_object('id', p.id, 'name', p.name, 'startDate', p.start_date, 'endDate', p.end_date)
       from program_increments p where p.train_id = trains.id
       order by ${currentPiFirst(today)} limit 1) as pi
    from trains where trains.slug = ${trainSlug}
  `.execute(db);
  return result.rows[0];
}

/** A train's PIs, the current one (at `now`, in the train's zone) first, then the rest newest first. */
export async function listTrainPis(db: Kysely<Database>, trainId: number, now: Date): Promise<(PiSummary & { current: boolean })[]> {
  const today = trainToday(now);
  const result = await sql<PiSummary & { rank: number }>`
    select p.id, p.name, p.start_date as "startDate", p.end_date as "endDate",
      row_number() over (order by ${currentPiFirst(today)})::int as rank
    from program_increments p join trains on trains.id = p.train_id
    where p.train_id = ${trainId}
    order by p.start_date desc, p.id desc
  `.execute(db);
  return result.rows.map(({ rank, ...pi }) => ({ ...pi, current: rank === 1 }));
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

export async function findPi(db: Kysely<Database>, piId: number) {
  return db.selectFrom('program_increments').select(['id', 'train_id', 'name']).where('id', '=', piId).executeTakeFirst();
}

/** The train each of these objective keys belongs to now (keys not stored yet are absent). */
export async function findObjectiveTrains(db: Kysely<Database>, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('pi_objectives')
    .innerJoin('teams', 'teams.id', 'pi_objectives.team_id')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select(['pi_objectives.key', 'trains.slug'])
    .where('pi_objectives.key', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.key, r.slug]));
}

/** Inserts or replaces objectives by key; a stored state newer than the incoming one is kept (newest wins). */
export async function upsertObjectives(db: Kysely<Database>, rows: NewPiObjective[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('pi_objectives')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          team_id: eb.ref('excluded.team_id'),
          pi_id: eb.ref('excluded.pi_id'),
          title: eb.ref('excluded.title'),
          committed: eb.ref('excluded.committed'),
          planned_value: eb.ref('excluded.planned_value'),
          actual_value: eb.ref('excluded.actual_value'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('pi_objectives.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

const OBJECTIVE_COLUMNS = [
  'pi_objectives.id',
  'pi_objectives.key',
  'pi_objectives.team_id',
  'pi_objectives.pi_id',
  'pi_objectives.title',
  'pi_objectives.committed',
  'pi_objectives.planned_value',
  'pi_objectives.actual_value',
  'pi_objectives.changed_at',
  'teams.slug as team_slug',
  'teams.train_id',
  'trains.slug as train_slug',
] as const;

/** One objective with its team and train, or undefined. */
export async function findObjective(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('pi_objectives')
    .innerJoin('teams', 'teams.id', 'pi_objectives.team_id')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select(OBJECTIVE_COLUMNS)
    .where('pi_objectives.id', '=', id)
    .executeTakeFirst();
}

/** A PI's objectives, by team name, committed first, then by title. */
export async function listPiObjectives(db: Kysely<Database>, piId: number) {
  return db
    .selectFrom('pi_objectives')
    .innerJoin('teams', 'teams.id', 'pi_objectives.team_id')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select(OBJECTIVE_COLUMNS)
    .where('pi_objectives.pi_id', '=', piId)
    .orderBy('teams.name')
    .orderBy('pi_objectives.committed', 'desc')
    .orderBy('pi_objectives.title')
    .orderBy('pi_objectives.id')
    .execute();
}

export async function insertObjective(db: Kysely<Database>, row: NewPiObjective) {
  return db.insertInto('pi_objectives').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateObjective(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Pick<NewPiObjective, 'team_id' | 'title' | 'committed' | 'planned_value' | 'actual_value'>> & { changed_at: Date },
) {
  await db.updateTable('pi_objectives').set(changes).where('id', '=', id).execute();
}

export async function deleteObjective(db: Kysely<Database>, id: number) {
  await db.deleteFrom('pi_objectives').where('id', '=', id).execute();
}

/** The teams of a train, for the console's team choice. */
export async function listTrainTeams(db: Kysely<Database>, trainId: number) {
  return db.selectFrom('teams').select(['id', 'slug', 'name']).where('train_id', '=', trainId).orderBy('name').orderBy('slug').execute();
}

/** The slug of a team's train (an editor's home train), or undefined. */
export async function findTeamTrainSlug(db: Kysely<Database>, teamId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('teams')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select('trains.slug')
    .where('teams.id', '=', teamId)
    .executeTakeFirst();
  return row?.slug;
}
