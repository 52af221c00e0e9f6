import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// Quality: test run summaries, coverage snapshots, builds, defects and security findings, as the train's tools send
// them. Keyed rows keep the newest change (`changed_at`), so a late event never overwrites a newer state.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('test_runs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('suite', 'text', (c) => c.notNull().check(sql`char_length(suite) between 1 and 120`))
    .addColumn('passed', 'integer', (c) => c.notNull().check(sql`passed >= 0`))
    .addColumn('failed', 'integer', (c) => c.notNull().check(sql`failed >= 0`))
    .addColumn('skipped', 'integer', (c) => c.notNull().check(sql`skipped >= 0`))
    .addColumn('duration_ms', 'integer', (c) => c.check(sql`duration_ms >= 0`))
    .addColumn('commit', 'text', (c) => c.check(sql`char_length(commit) <= 64`))
    .addColumn('ran_at', 'timestamptz', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // The latest run per suite, as of now and as of each day of the trend.
  await db.schema.createIndex('test_runs_train_suite_ran_idx').on('test_runs').columns(['train_id', 'suite', 'ran_at']).execute();

  await db.schema
    .createTable('coverage_snapshots')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    // A component or repository, as the coverage tool names it.
    .addColumn('component', 'text', (c) => c.notNull().check(sql`char_length(component) between 1 and 120`))
    .addColumn('line_pct', 'double precision', (c) => c.notNull().check(sql`line_pct between 0 and 100`))
    .addColumn('branch_pct', 'double precision', (c) => c.check(sql`branch_pct between 0 and 100`))
    // Null: the component has no agreed target.
    .addColumn('target_pct', 'double precision', (c) => c.check(sql`target_pct between 0 and 100`))
    .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('coverage_snapshots_train_component_taken_unique', ['train_id', 'component', 'taken_at'])
    .execute();

  await db.schema
    .createTable('builds')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('repository', 'text', (c) => c.notNull().check(sql`char_length(repository) between 1 and 120`))
    .addColumn('branch', 'text', (c) => c.notNull().check(sql`char_length(branch) between 1 and 200`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('succeeded', 'failed', 'in_progress')`))
    // Null while in progress.
    .addColumn('finished_at', 'timestamptz')
    .addColumn('commit', 'text', (c) => c.check(sql`char_length(commit) <= 64`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('builds_finished_unless_in_progress', sql`(status = 'in_progress') = (finished_at is null)`)
    .execute();
  await db.schema.createIndex('builds_train_branch_finished_idx').on('builds').columns(['train_id', 'branch', 'repository', 'finished_at']).execute();

  await db.schema
    .createTable('defects')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`char_length(title) between 1 and 500`))
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('critical', 'high', 'medium', 'low')`))
    // An escaped defect: found in production rather than before the release.
    .addColumn('found_in_production', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    // Open while null.
    .addColumn('closed_at', 'timestamptz')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('defects_closed_after_opened', sql`closed_at is null or closed_at >= opened_at`)
    .execute();
  await db.schema.createIndex('defects_train_opened_idx').on('defects').columns(['train_id', 'opened_at']).execute();

  await db.schema
    .createTable('security_findings')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('sast', 'dependency', 'dast')`))
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('critical', 'high', 'medium', 'low')`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`char_length(title) between 1 and 500`))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    // Open while null.
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('security_findings_resolved_after_opened', sql`resolved_at is null or resolved_at >= opened_at`)
    .execute();
  await db.schema.createIndex('security_findings_train_opened_idx').on('security_findings').columns(['train_id', 'opened_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['security_findings', 'defects', 'builds', 'coverage_snapshots', 'test_runs']) await db.schema.dropTable(table).execute();
}
