import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle, type DatabaseKind } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';

/**
 * Runs a suite against both backends: an in-memory PGlite and a throwaway database on the local PostgreSQL.
 * Each backend opens once per describeEachBackend call (call it once per file: a PGlite costs 4-6 s) and every
 * test starts from empty tables. Without a reachable PostgreSQL the postgres variant is skipped, except on CI
 * (CI=true), where it fails.
 */

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TABLES = [
  'trains', 'teams', 'program_increments', 'iterations', 'work_items', 'work_item_changes', 'ingested_events',
  'users', 'sessions', 'audit_log', 'playlists', 'playlist_items', 'displays', 'display_tokens', 'pairing_requests',
  'display_schedules', 'calendar_events', 'alerts', 'features', 'feature_changes', 'pi_objectives', 'status_mappings',
  'announcements', 'impediments', 'risks', 'incidents', 'oncall_shifts', 'kpis', 'kpi_values', 'environments', 'releases',
  'release_gates', 'deployments',
  'test_runs', 'coverage_snapshots', 'builds', 'defects', 'security_findings',
];

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** The backend's database; only open inside tests and hooks. */
  readonly db: Kysely<Database>;
}

export interface BackendOptions {
  /** false: start from an empty database (no migrations, no truncation), for testing the migrations themselves. */
  migrate?: boolean;
}

const postgresProblem = await probePostgres();
if (postgresProblem && process.env.CI !== 'true') {
  console.warn(`PostgreSQL tests skipped: ${postgresProblem}. Start it or set TEST_DATABASE_ADMIN_URL (on CI this fails).`);
}

export function describeEachBackend(name: string, body: (backend: TestDatabase) => void, options: BackendOptions = {}): void {
  const migrate = options.migrate ?? true;
  for (const kind of ['pglite', 'postgres'] as const) {
    const skipped = kind === 'postgres' && postgresProblem !== undefined && process.env.CI !== 'true';
    const title = skipped ? `${name} [postgres skipped: ${postgresProblem}]` : `${name} [${kind}]`;
    const suite = skipped ? describe.skip : describe;

    suite(title, () => {
      let opened: OpenedBackend | undefined;
      const backend: TestDatabase = {
        kind,
        get db() {
          if (!opened) throw new Error(`the ${kind} test database is not open (use backend.db inside tests and hooks)`);
          return opened.handle.db;
        },
      };

      beforeAll(async () => {
        if (kind === 'postgres' && postgresProblem) throw new Error(`PostgreSQL is required on CI: ${postgresProblem}`);
        opened = kind === 'pglite' ? await openPgliteBackend() : await openPostgresBackend();
        if (migrate) await migrateToLatest(opened.handle.db);
      });
      if (migrate) beforeEach(() => truncateAll(backend.db));
      afterAll(async () => {
        await opened?.dispose();
        opened = undefined;
      });

      body(backend);
    });
  }
}

export async function truncateAll(db: Kysely<Database>): Promise<void> {
  await sql`truncate table ${sql.join(TABLES.map((t) => sql.table(t)))} restart identity cascade`.execute(db);
}

interface OpenedBackend {
  handle: DatabaseHandle;
  dispose(): Promise<void>;
}

async function openPgliteBackend(): Promise<OpenedBackend> {
  const handle = await openPglite('memory://');
  return { handle, dispose: () => handle.close() };
}

async function openPostgresBackend(): Promise<OpenedBackend> {
  const name = `signalbox_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 4);
  return {
    handle,
    async dispose() {
      await handle.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Why PostgreSQL cannot be used, or undefined when it can. */
async function probePostgres(): Promise<string | undefined> {
  try {
    await withAdmin((admin) => admin.query('select 1'));
    return undefined;
  } catch (error) {
    const where = new URL(ADMIN_URL).host;
    return `cannot connect to ${where} (${error instanceof Error ? error.message : String(error)})`;
  }
}
