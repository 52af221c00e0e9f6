import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trains')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('teams_train_idx').on('teams').column('train_id').execute();

  await db.schema
    .createTable('program_increments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addUniqueConstraint('program_increments_train_name_key', ['train_id', 'name'])
    .addCheckConstraint('program_increments_dates_check', sql`start_date <= end_date`)
    .execute();

  await db.schema
    .createTable('iterations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('pi_id', 'integer', (c) => c.notNull().references('program_increments.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('regular').check(sql`kind in ('regular', 'ip')`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addUniqueConstraint('iterations_train_code_key', ['train_id', 'code'])
    .addUniqueConstraint('iterations_pi_number_key', ['pi_id', 'number'])
    .addCheckConstraint('iterations_dates_check', sql`start_date <= end_date`)
    .execute();
  await db.schema.createIndex('iterations_train_dates_idx').on('iterations').columns(['train_id', 'start_date']).execute();

  const statusCategory = sql`status_category in ('not_started', 'active', 'waiting', 'done')`;
  await db.schema
    .createTable('work_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('iteration_id', 'integer', (c) => c.references('iterations.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_category', 'text', (c) => c.notNull().check(statusCategory))
    .addColumn('points', 'float8')
    .addColumn('hours_remaining', 'float8')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_items_team_iteration_idx').on('work_items').columns(['team_id', 'iteration_id']).execute();

  await db.schema
    .createTable('work_item_changes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('work_item_id', 'integer', (c) => c.notNull().references('work_items.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('team_id', 'integer', (c) => c.notNull())
    .addColumn('iteration_id', 'integer')
    .addColumn('status_category', 'text', (c) => c.notNull().check(statusCategory))
    .addColumn('points', 'float8')
    .addColumn('hours_remaining', 'float8')
    .execute();
  // The burndown asks "which items were ever in this team's iteration" and then "each one's state at a time".
  await db.schema
    .createIndex('work_item_changes_team_iteration_idx')
    .on('work_item_changes')
    .columns(['team_id', 'iteration_id', 'work_item_id'])
    .execute();
  await db.schema
    .createIndex('work_item_changes_item_time_idx')
    .on('work_item_changes')
    .columns(['work_item_id', 'occurred_at', 'id'])
    .execute();

  await db.schema
    .createTable('ingested_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['ingested_events', 'work_item_changes', 'work_items', 'iterations', 'program_increments', 'teams', 'trains']) {
    await db.schema.dropTable(table).execute();
  }
}
