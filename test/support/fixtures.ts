import type { Kysely } from 'kysely';
import type { Database, IterationKind } from '../../db/schema';
import { applyEvents, type ApplyResult } from '../../lib/ingest/apply';
import type { IngestEvent } from '../../lib/ingest/schema';

export interface TrainSpec {
  slug: string;
  /** IANA zone of the train. */
  timeZone: string;
  /** At least one. */
  teams: string[];
  pi: { name: string; startDate: string; endDate: string };
  /** Numbered 1, 2, ... in the order given. */
  iterations: { code: string; startDate: string; endDate: string; kind?: IterationKind }[];
}

export interface TrainFixture {
  trainId: number;
  piId: number;
  teamId(slug: string): number;
  iterationId(code: string): number;
}

/** Inserts a train with its teams, one PI and its iterations straight through Kysely. Team names are "Team <slug>". */
export async function insertTrain(db: Kysely<Database>, spec: TrainSpec): Promise<TrainFixture> {
  const train = await db
    .insertInto('trains')
    .values({ slug: spec.slug, name: `Train ${spec.slug}`, time_zone: spec.timeZone })
    .returning('id')
    .executeTakeFirstOrThrow();
  const teams = await db
    .insertInto('teams')
    .values(spec.teams.map((slug) => ({ train_id: train.id, slug, name: `Team ${slug}` })))
    .returning(['id', 'slug'])
    .execute();
  const pi = await db
    .insertInto('program_increments')
    .values({ train_id: train.id, name: spec.pi.name, start_date: spec.pi.startDate, end_date: spec.pi.endDate })
    .returning('id')
    .executeTakeFirstOrThrow();
  const iterationRows = spec.iterations.map((it, index) => ({
    train_id: train.id,
    pi_id: pi.id,
    number: index + 1,
    code: it.code,
    name: `Iteration ${index + 1}`,
    kind: it.kind ?? 'regular',
    start_date: it.startDate,
    end_date: it.endDate,
  }));
  const iterations =
    iterationRows.length === 0 ? [] : await db.insertInto('iterations').values(iterationRows).returning(['id', 'code']).execute();

  return {
    trainId: train.id,
    piId: pi.id,
    teamId: (slug) => lookup(teams.map((t) => [t.slug, t.id]), slug),
    iterationId: (code) => lookup(iterations.map((i) => [i.code, i.id]), code),
  };
}

function lookup(pairs: [string, number][], name: string): number {
  const found = pairs.find(([key]) => key === name);
  if (!found) throw new Error(`fixture has no "${name}"`);
  return found[1];
}

export interface ItemChange {
  key: string;
  team: string;
  iteration: string | null;
  status: string;
  /** ISO 8601 with offset, e.g. '2025-03-26T23:30:00+01:00'. */
  at: string;
  points?: number | null;
  hours?: number | null;
  /** Defaults to `${key}@${at}`. */
  id?: string;
  /** Key of the item's feature. */
  feature?: string | null;
}

/** A work_item.upserted event as a tracker would send it (and as the schema returns it). */
export function upserted(change: ItemChange): IngestEvent {
  return {
    id: change.id ?? `${change.key}@${change.at}`,
    type: 'work_item.upserted',
    occurredAt: change.at,
    data: {
      key: change.key,
      team: change.team,
      iteration: change.iteration,
      title: `Item ${change.key}`,
      kind: 'story',
      status: change.status,
      points: change.points ?? null,
      hoursRemaining: change.hours ?? null,
      feature: change.feature ?? null,
    },
  };
}

/** Stores events through the real write path, in one transaction as the app does. */
export function applyInTransaction(db: Kysely<Database>, events: IngestEvent[]): Promise<ApplyResult> {
  return db.transaction().execute((trx) => applyEvents(trx, events));
}
