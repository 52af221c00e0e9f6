import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// Operations: impediments, ROAM risks, production incidents, the on-call rota, and KPI definitions with their values.
// Rows from feeds and rows typed in the console share one table each, keyed by `key` (the feed's id, or
// "console-<random>"); `changed_at` is the newest change's time, so a late event never overwrites a newer state.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('impediments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    // Null: the train's own impediment (the RTE's), not one team's.
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`char_length(title) between 1 and 500`))
    .addColumn('description', 'text', (c) => c.check(sql`char_length(description) <= 4000`))
    .addColumn('owner', 'text', (c) => c.check(sql`char_length(owner) <= 120`))
    .addColumn('escalated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    // Open while null.
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('impediments_resolved_after_opened', sql`resolved_at is null or resolved_at >= opened_at`)
    .execute();
  await db.schema.createIndex('impediments_train_opened_idx').on('impediments').columns(['train_id', 'opened_at']).execute();
  await db.schema.createIndex('impediments_train_resolved_idx').on('impediments').columns(['train_id', 'resolved_at']).execute();

  await db.schema
    .createTable('risks')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('set null'))
    // The PI whose planning raised it; null: not tied to a PI, shown in every PI until resolved.
    .addColumn('pi_id', 'integer', (c) => c.references('program_increments.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`char_length(title) between 1 and 500`))
    .addColumn('description', 'text', (c) => c.check(sql`char_length(description) <= 4000`))
    .addColumn('owner', 'text', (c) => c.check(sql`char_length(owner) <= 120`))
    .addColumn('impact', 'text', (c) => c.notNull().check(sql`impact in ('low', 'medium', 'high', 'critical')`))
    .addColumn('roam', 'text', (c) =>
      c.notNull().defaultTo('unroamed').check(sql`roam in ('unroamed', 'resolved', 'owned', 'accepted', 'mitigated')`),
    )
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risks_train_pi_idx').on('risks').columns(['train_id', 'pi_id']).execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`char_length(title) between 1 and 500`))
    .addColumn('service', 'text', (c) => c.check(sql`char_length(service) <= 120`))
    // P1 (most urgent) to P5.
    .addColumn('priority', 'smallint', (c) => c.notNull().check(sql`priority between 1 and 5`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    // Service restored; open while null.
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('incidents_resolved_after_started', sql`resolved_at is null or resolved_at >= started_at`)
    .execute();
  await db.schema.createIndex('incidents_train_started_idx').on('incidents').columns(['train_id', 'started_at']).execute();
  await db.schema.createIndex('incidents_train_resolved_idx').on('incidents').columns(['train_id', 'resolved_at']).execute();

  await db.schema
    .createTable('oncall_shifts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('primary', 'secondary')`))
    .addColumn('person', 'text', (c) => c.notNull().check(sql`char_length(person) between 1 and 120`))
    // A phone number or handle to show beside the name.
    .addColumn('contact', 'text', (c) => c.check(sql`char_length(contact) <= 60`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('oncall_shifts_ends_after_starts', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('oncall_shifts_train_role_idx').on('oncall_shifts').columns(['train_id', 'role', 'starts_at']).execute();

  await db.schema
    .createTable('kpis')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    // What feeds name it by: unique within the train.
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`char_length(name) between 1 and 60`))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(unit) <= 12`))
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('higher', 'lower')`))
    .addColumn('target', 'double precision', (c) => c.notNull())
    // Between target and warn_at the tile is amber; past warn_at, red.
    .addColumn('warn_at', 'double precision', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('kpis_train_key_unique', ['train_id', 'key'])
    .addCheckConstraint('kpis_thresholds_ordered', sql`(direction = 'higher' and warn_at <= target) or (direction = 'lower' and warn_at >= target)`)
    .execute();

  await db.schema
    .createTable('kpi_values')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('observed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('kpi_values_kpi_observed_unique', ['kpi_id', 'observed_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['kpi_values', 'kpis', 'oncall_shifts', 'incidents', 'risks', 'impediments']) await db.schema.dropTable(table).execute();
}
