import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate';
import { describeEachBackend } from '../support/databases';

const APP_TABLES = [
  'alerts', 'announcements', 'audit_log', 'builds', 'calendar_events', 'coverage_snapshots', 'defects', 'deployments', 'display_schedules',
  'display_tokens', 'displays', 'environments', 'feature_changes', 'features', 'impediments', 'incidents', 'ingested_events', 'iterations',
  'kpi_values', 'kpis', 'oncall_shifts', 'pairing_requests', 'pi_objectives', 'playlist_items', 'playlists', 'program_increments',
  'release_gates', 'releases', 'risks', 'security_findings', 'sessions', 'status_mappings', 'teams', 'test_runs', 'trains', 'users',
  'work_item_changes', 'work_items',
];

describeEachBackend(
  'migrations',
  (backend) => {
    async function publicTables(): Promise<string[]> {
      const result = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE'
        order by table_name
      `.execute(backend.db);
      return result.rows.map((r) => r.table_name);
    }

    it('create every table from an empty database, and a second run changes nothing', async () => {
      expect(await publicTables()).toEqual([]);

      const first = await migrateToLatest(backend.db);
      expect(first.results).toEqual([
        { migrationName: '20261124060000_burndown_core', direction: 'Up', status: 'Success' },
        { migrationName: '20261124080000_console_and_fleet', direction: 'Up', status: 'Success' },
        { migrationName: '20261124100000_delivery', direction: 'Up', status: 'Success' },
        { migrationName: '20261124120000_announcements', direction: 'Up', status: 'Success' },
        { migrationName: '20261124140000_operations', direction: 'Up', status: 'Success' },
        { migrationName: '20261124160000_releases', direction: 'Up', status: 'Success' },
        { migrationName: '20261124170000_quality', direction: 'Up', status: 'Success' },
      ]);
      const tables = await publicTables();
      expect(tables.filter((t) => !t.startsWith('kysely_'))).toEqual(APP_TABLES);

      const second = await migrateToLatest(backend.db);
      expect(second.results).toEqual([]);
      expect(await publicTables()).toEqual(tables);
    });
  },
  { migrate: false },
);
