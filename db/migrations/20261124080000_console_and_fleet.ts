import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.

export async function up(db: Kysely<any>): Promise<void> {
  const createdAt = (c: any) => c.notNull().defaultTo(sql`now()`);

  await db.schema.alterTable('trains').addColumn('public_wall', 'boolean', (c) => c.notNull().defaultTo(false)).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'editor', 'viewer')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('disabled_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('last_seen_at', 'timestamptz', createdAt)
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', createdAt)
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('playlists')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('updated_at', 'timestamptz', createdAt)
    .addUniqueConstraint('playlists_train_name_key', ['train_id', 'name'])
    .execute();

  await db.schema
    .createTable('playlist_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('playlist_id', 'integer', (c) => c.notNull().references('playlists.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('seconds', 'integer', (c) => c.notNull().check(sql`seconds between 3 and 3600`))
    .execute();
  await db.schema.createIndex('playlist_items_playlist_idx').on('playlist_items').columns(['playlist_id', 'position']).execute();

  await db.schema
    .createTable('displays')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('playlist_id', 'integer', (c) => c.references('playlists.id').onDelete('set null'))
    .addColumn('team_filter', 'text')
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_seen_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('display_tokens')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('display_id', 'integer', (c) => c.notNull().references('displays.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('device', 'url')`))
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('pairing_requests')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('display_id', 'integer', (c) => c.references('displays.id').onDelete('cascade'))
    .addColumn('delivered_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('pairing_requests_code_idx').on('pairing_requests').columns(['code', 'expires_at']).execute();

  await db.schema
    .createTable('display_schedules')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('display_id', 'integer', (c) => c.notNull().references('displays.id').onDelete('cascade'))
    .addColumn('playlist_id', 'integer', (c) => c.references('playlists.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('weekdays', 'text', (c) => c.notNull().defaultTo('1234560'))
    .addColumn('start_minute', 'integer', (c) => c.notNull().defaultTo(0).check(sql`start_minute between 0 and 1440`))
    .addColumn('end_minute', 'integer', (c) => c.notNull().defaultTo(1440).check(sql`end_minute between 0 and 1440`))
    .addColumn('cadence', 'text', (c) => c.check(sql`cadence in ('pi_planning', 'ip_iteration')`))
    .addColumn('screen_off', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('calendar_events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('train_id', 'integer', (c) => c.notNull().references('trains.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pi_planning', 'system_demo')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('info', 'warning', 'critical')`))
    .addColumn('target', 'text', (c) => c.notNull().check(sql`target in ('all', 'train', 'display')`))
    .addColumn('train_id', 'integer', (c) => c.references('trains.id').onDelete('cascade'))
    .addColumn('display_id', 'integer', (c) => c.references('displays.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', createdAt)
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('ended_by', 'text')
    .addColumn('ack_token_hash', 'text', (c) => c.notNull().unique())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['alerts', 'calendar_events', 'display_schedules', 'pairing_requests', 'display_tokens', 'displays', 'playlist_items', 'playlists', 'audit_log', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('trains').dropColumn('public_wall').execute();
}
