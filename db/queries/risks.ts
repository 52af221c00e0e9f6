import { sql, type Kysely } from 'kysely';
import type { Database, NewRisk, RiskImpact, RoamState } from '../schema';

/** The board's order inside a ROAM state: higher impact first, then the oldest, then by key. */
const BOARD_ORDER = sql`case r.impact when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end, r.raised_at, r.key`;

/** Risks of the PI plus those tied to no PI; only those tied to no PI when piId is null. */
const onBoard = (piId: number | null) => (piId === null ? sql`r.pi_id is null` : sql`(r.pi_id = ${piId} or r.pi_id is null)`);

export interface RiskBoardRow {
  roam: RoamState;
  /** How many risks of the board are in this state. */
  count: number;
  key: string;
  title: string;
  impact: RiskImpact;
  owner: string | null;
  team: string | null;
  raisedAt: Date;
}

/**
 * The risk board of a train's PI in one query: per ROAM state, its count (SQL) and its first `slots` risks in board
 * order. A state without risks has no rows.
 */
export async function riskBoardRows(
  db: Kysely<Database>,
  board: { trainId: number; piId: number | null },
  slots: { unroamed: number; roamed: number },
): Promise<RiskBoardRow[]> {
  const result = await sql<RiskBoardRow>`
    select roam, count, key, title, impact, owner, team, raised_at as "raisedAt"
    from (
      select r.roam, r.key, r.title, r.impact, r.owner, t.name as team, r.raised_at,
        count(*) over (partition by r.roam)::int as count,
        row_number() over (partition by r.roam order by ${BOARD_ORDER}) as n
      from risks r
      left join teams t on t.id = r.team_id
      where r.train_id = ${board.trainId} and ${onBoard(board.piId)}
    ) ranked
    where n <= case when roam = 'unroamed' then ${slots.unroamed}::int else ${slots.roamed}::int end
    order by roam, n
  `.execute(db);
  return result.rows;
}

/** Inserts or replaces risks by key; a stored state newer than the incoming one is kept (newest wins). */
export async function upsertRisks(db: Kysely<Database>, rows: NewRisk[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('risks')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          team_id: eb.ref('excluded.team_id'),
          pi_id: eb.ref('excluded.pi_id'),
          title: eb.ref('excluded.title'),
          description: eb.ref('excluded.description'),
          owner: eb.ref('excluded.owner'),
          impact: eb.ref('excluded.impact'),
          roam: eb.ref('excluded.roam'),
          raised_at: eb.ref('excluded.raised_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('risks.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

const RISK_COLUMNS = [
  'risks.id',
  'risks.key',
  'risks.train_id',
  'risks.team_id',
  'risks.pi_id',
  'risks.title',
  'risks.description',
  'risks.owner',
  'risks.impact',
  'risks.roam',
  'risks.raised_at',
  'risks.changed_at',
  'teams.slug as team_slug',
  'teams.name as team_name',
  'program_increments.name as pi_name',
  'trains.slug as train_slug',
  'trains.time_zone',
] as const;

function risksWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('risks')
    .innerJoin('trains', 'trains.id', 'risks.train_id')
    .leftJoin('teams', 'teams.id', 'risks.team_id')
    .leftJoin('program_increments', 'program_increments.id', 'risks.pi_id')
    .select(RISK_COLUMNS);
}

/** One risk with its train, team and PI names, or undefined. */
export async function findRisk(db: Kysely<Database>, id: number) {
  return risksWithNames(db).where('risks.id', '=', id).executeTakeFirst();
}

/** Every risk of the train's PI plus those tied to no PI (only those when piId is null), for the console. */
export async function listBoardRisks(db: Kysely<Database>, trainId: number, piId: number | null) {
  return risksWithNames(db)
    .where('risks.train_id', '=', trainId)
    .where((eb) => (piId === null ? eb('risks.pi_id', 'is', null) : eb.or([eb('risks.pi_id', '=', piId), eb('risks.pi_id', 'is', null)])))
    .orderBy('risks.id')
    .execute();
}

export async function insertRisk(db: Kysely<Database>, row: NewRisk) {
  return db.insertInto('risks').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateRiskRow(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Pick<NewRisk, 'team_id' | 'title' | 'description' | 'owner' | 'impact' | 'roam'>> & { changed_at: Date },
) {
  await db.updateTable('risks').set(changes).where('id', '=', id).execute();
}

export async function deleteRiskRow(db: Kysely<Database>, id: number) {
  await db.deleteFrom('risks').where('id', '=', id).execute();
}
