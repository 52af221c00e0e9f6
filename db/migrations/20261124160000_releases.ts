import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// Release readiness and DORA: a train's environments (in pipeline order), its releases with their gates, and the
// deployments feeds report. Like the operations tables, feed rows are keyed by `key` and the newest change wins.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('environments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    // What deployments name it by, e.g. "staging": unique within the train.
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[a-z0-9][a-z0-9-]{0,39}$'`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`char_length(name) between 1 and 40`))
    // Left to right on the departure board: dev → test → staging → production.
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    // Deployments here count for DORA (deployment frequency, lead time, change failure rate).
    .addColumn('production', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('environments_train_key_unique', ['train_id', 'key'])
    .execute();

  await db.schema
    .createTable('releases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`char_length(name) between 1 and 120`))
    .addColumn('version', 'text', (c) => c.notNull().check(sql`char_length(version) between 1 and 60`))
    // A major release needs an Authorization to Operate.
    .addColumn('major', 'boolean', (c) => c.notNull().defaultTo(false))
    // The date first promised, and the one promised now: later than planned means the release slipped.
    .addColumn('planned_date', 'date', (c) => c.notNull())
    .addColumn('target_date', 'date', (c) => c.notNull())
    // Out to production (released_at set), or called off; neither: upcoming or in flight.
    .addColumn('released_at', 'timestamptz')
    .addColumn('cancelled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('releases_train_target_idx').on('releases').columns(['train_id', 'target_date']).execute();

  await db.schema
    .createTable('release_gates')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('gate', 'text', (c) => c.notNull().check(sql`gate in ('change_approval', 'security_review', 'ato', 'qa_signoff', 'dr_docs')`))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending', 'approved', 'rejected', 'not_needed')`))
    // Who decided and when; null while pending.
    .addColumn('decided_by', 'text', (c) => c.check(sql`char_length(decided_by) <= 120`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('note', 'text', (c) => c.check(sql`char_length(note) <= 500`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('release_gates_release_gate_unique', ['release_id', 'gate'])
    .execute();

  await db.schema
    .createTable('deployments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('environment_id', 'integer', (c) => c.notNull().references('environments.id').onDelete('cascade'))
    .addColumn('version', 'text', (c) => c.notNull().check(sql`char_length(version) between 1 and 60`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_progress', 'succeeded', 'failed', 'rolled_back')`))
    .addColumn('deployed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('commit', 'text', (c) => c.check(sql`char_length(commit) <= 64`))
    // When the newest change in it was committed: lead time for changes runs from here to production.
    .addColumn('committed_at', 'timestamptz')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deployments_env_deployed_idx').on('deployments').columns(['environment_id', 'deployed_at']).execute();
  await db.schema.createIndex('deployments_train_deployed_idx').on('deployments').columns(['train_id', 'deployed_at']).execute();
  // The departure board: each release's version, per environment, newest first.
  await db.schema
    .createIndex('deployments_train_version_idx')
    .on('deployments')
    .columns(['train_id', 'version', 'environment_id', 'deployed_at desc'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['deployments', 'release_gates', 'releases', 'environments']) await db.schema.dropTable(table).execute();
}
