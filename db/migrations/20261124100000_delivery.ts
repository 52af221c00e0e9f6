import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// Delivery measures for the whole train: features, PI objectives, status mappings, and what flow metrics read.

export async function up(db: Kysely<any>): Promise<void> {
  const statusCategory = sql`status_category in ('not_started', 'active', 'waiting', 'done')`;

  // Each change holds until the item's next change ('infinity' for its latest), so "the state at time t" is a
  // range test an index can serve, rather than a window function over an item's whole history.
  await db.schema
    .alterTable('work_item_changes')
    .addColumn('valid_to', 'timestamptz', (c) => c.notNull().defaultTo(sql`'infinity'`))
    .execute();
  await sql`
    update work_item_changes c set valid_to = n.next_at
    from (
      select id, lead(occurred_at) over (partition by work_item_id order by occurred_at, id) as next_at
      from work_item_changes
    ) n
    where c.id = n.id and n.next_at is not null
  `.execute(db);
  // Covering indexes: the train burndown and the PI burnup read an iteration's changes from the index alone.
  await sql`
    create index work_item_changes_iteration_idx on work_item_changes (iteration_id, valid_to)
    include (occurred_at, team_id, status_category, points, hours_remaining, work_item_id)
  `.execute(db);
  // Work in progress at a past time: only active and waiting spans, by when they ended.
  await sql`
    create index work_item_changes_wip_idx on work_item_changes (valid_to, team_id) include (occurred_at)
    where status_category in ('active', 'waiting')
  `.execute(db);

  // Flow facts per item, derived from its changes at write time (see refreshItemHistory in db/queries/work-items.ts).
  await db.schema
    .alterTable('work_items')
    .addColumn('feature_key', 'text')
    .addColumn('started_at', 'timestamptz')
    .addColumn('done_at', 'timestamptz')
    .addColumn('active_seconds', 'float8', (c) => c.notNull().defaultTo(0))
    .execute();
  // Flow metrics: done items with their facts, and the PI's work by kind, without touching the table.
  await sql`create index work_items_done_idx on work_items (done_at, team_id) include (started_at, active_seconds, points)`.execute(db);
  await sql`create index work_items_iteration_kind_idx on work_items (iteration_id) include (kind)`.execute(db);
  await db.schema.createIndex('work_items_feature_idx').on('work_items').column('feature_key').execute();

  await db.schema
    .createTable('features')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('pi_id', 'integer', (c) => c.references('program_increments.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('feature', 'enabler')`))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_category', 'text', (c) => c.notNull().check(statusCategory))
    .addColumn('points', 'float8')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('features_train_key_key', ['train_id', 'key'])
    .execute();
  await db.schema.createIndex('features_pi_idx').on('features').column('pi_id').execute();

  await db.schema
    .createTable('feature_changes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('feature_id', 'integer', (c) => c.notNull().references('features.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('valid_to', 'timestamptz', (c) => c.notNull().defaultTo(sql`'infinity'`))
    .addColumn('pi_id', 'integer')
    .addColumn('status_category', 'text', (c) => c.notNull().check(statusCategory))
    .addColumn('points', 'float8')
    .execute();
  await db.schema.createIndex('feature_changes_pi_idx').on('feature_changes').columns(['pi_id', 'valid_to']).execute();
  await db.schema
    .createIndex('feature_changes_feature_time_idx')
    .on('feature_changes')
    .columns(['feature_id', 'occurred_at', 'id'])
    .execute();

  await db.schema
    .createTable('pi_objectives')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('pi_id', 'integer', (c) => c.notNull().references('program_increments.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('committed', 'boolean', (c) => c.notNull())
    .addColumn('planned_value', 'integer', (c) => c.notNull().check(sql`planned_value between 1 and 10`))
    .addColumn('actual_value', 'integer', (c) => c.check(sql`actual_value between 0 and 10`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pi_objectives_pi_team_idx').on('pi_objectives').columns(['pi_id', 'team_id']).execute();

  await db.schema
    .createTable('status_mappings')
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_category', 'text', (c) => c.notNull().check(statusCategory))
    .addPrimaryKeyConstraint('status_mappings_pkey', ['train_id', 'status'])
    .execute();

  // Calendar entries from a feed carry the feed's own key, so a resent or edited entry replaces the old one.
  await db.schema.alterTable('calendar_events').addColumn('external_key', 'text').execute();
  await db.schema
    .createIndex('calendar_events_train_key_idx')
    .unique()
    .on('calendar_events')
    .columns(['train_id', 'external_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('calendar_events_train_key_idx').execute();
  await db.schema.alterTable('calendar_events').dropColumn('external_key').execute();
  for (const table of ['status_mappings', 'pi_objectives', 'feature_changes', 'features']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('work_items_feature_idx').execute();
  await db.schema.dropIndex('work_items_iteration_kind_idx').execute();
  await db.schema.dropIndex('work_items_done_idx').execute();
  await db.schema.alterTable('work_items').dropColumn('feature_key').dropColumn('started_at').dropColumn('done_at').dropColumn('active_seconds').execute();
  await db.schema.dropIndex('work_item_changes_wip_idx').execute();
  await db.schema.dropIndex('work_item_changes_iteration_idx').execute();
  await db.schema.alterTable('work_item_changes').dropColumn('valid_to').execute();
}
