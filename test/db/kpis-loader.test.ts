import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database, KpiDirection } from '../../db/schema';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { IngestEvent } from '../../lib/ingest/schema';
import { loadKpis } from '../../lib/panels/kpis/loader';
import { insertNorthAndSouth } from '../support/console';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, type TrainFixture } from '../support/fixtures';

// Tuesday 10 November 2026, 13:00 in Amsterdam (UTC+1): the 90-day window starts on 13 August, at 22:00 UTC on
// the 12th (summer time, UTC+2).
const NOW = new Date('2026-11-10T12:00:00Z');

async function kpi(
  db: Kysely<Database>,
  trainId: number,
  key: string,
  spec: { name?: string; unit?: string; direction?: KpiDirection; target?: number; warnAt?: number; position?: number } = {},
): Promise<number> {
  const row = await db
    .insertInto('kpis')
    .values({
      train_id: trainId,
      key,
      name: spec.name ?? key,
      unit: spec.unit ?? '',
      direction: spec.direction ?? 'higher',
      target: spec.target ?? 10,
      warn_at: spec.warnAt ?? (spec.direction === 'lower' ? 20 : 5),
      position: spec.position ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function values(db: Kysely<Database>, kpiId: number, entries: [string, number][]): Promise<void> {
  await db
    .insertInto('kpi_values')
    .values(entries.map(([at, value]) => ({ kpi_id: kpiId, observed_at: new Date(at), value })))
    .execute();
}

const recorded = (id: string, data: Record<string, unknown>, occurredAt = '2026-11-10T09:00:00Z'): IngestEvent =>
  ({ id, type: 'kpi_value.recorded', occurredAt, data: { train: 'north', observedAt: null, ...data } }) as IngestEvent;

describeEachBackend('KPI tiles', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;

  beforeEach(async () => {
    ({ north, south } = await insertNorthAndSouth(backend.db, ['otters']));
  });

  describe('the loader', () => {
    it('shows each KPI’s latest value, status, and the last value of each day in the train’s zone over 90 days', async () => {
      const uptime = await kpi(backend.db, north.trainId, 'uptime', { name: 'Uptime', unit: '%', target: 99.9, warnAt: 99.5, position: 1 });
      const lead = await kpi(backend.db, north.trainId, 'lead-time', { name: 'Lead time', unit: 'days', direction: 'lower', target: 10, warnAt: 14, position: 1 });
      const cost = await kpi(backend.db, north.trainId, 'cloud-cost', { name: 'Cloud cost', unit: '€k', direction: 'lower', target: 40, warnAt: 45, position: 2 });
      await kpi(backend.db, north.trainId, 'nps', { name: 'NPS', position: 0 });
      const other = await kpi(backend.db, south.trainId, 'uptime', { name: 'Uptime of south' });
      await values(backend.db, uptime, [
        ['2026-08-12T21:30:00Z', 90], // 12 August, 23:30 in Amsterdam: a day before the window
        ['2026-08-12T22:30:00Z', 99.2], // 13 August, 00:30: the window's first day, 89 days ago
        ['2026-11-09T08:00:00Z', 99.0], // 9 November, 09:00
        ['2026-11-09T22:30:00Z', 99.7], // 9 November, 23:30: the last of that day
        ['2026-11-09T23:30:00Z', 99.1], // 10 November, 00:30: today, but not the last of today
        ['2026-11-10T10:00:00Z', 99.95], // today 11:00: the latest
        ['2026-11-10T13:00:00Z', 98], // after now: not there yet
      ]);
      await values(backend.db, lead, [['2026-11-01T09:00:00Z', 12]]);
      await values(backend.db, cost, [['2026-01-05T09:00:00Z', 50]]); // latest, but older than the trend's 90 days
      await values(backend.db, other, [['2026-11-10T10:00:00Z', 1]]);

      const dto = await loadKpis(backend.db, { kind: 'kpis', train: 'north' }, NOW);
      expect(dto).toMatchObject({ kind: 'kpis', key: 'kpis:north', train: { slug: 'north', name: 'Train north' }, asOf: NOW.toISOString(), trendDays: 90 });
      // By position, then name.
      expect(dto!.tiles).toEqual([
        { key: 'nps', name: 'NPS', unit: '', direction: 'higher', target: 10, warnAt: 5, value: null, observedAt: null, status: 'none', trend: [] },
        {
          key: 'lead-time',
          name: 'Lead time',
          unit: 'days',
          direction: 'lower',
          target: 10,
          warnAt: 14,
          value: 12,
          observedAt: '2026-11-01T09:00:00.000Z',
          status: 'watch',
          trend: [[9, 12]],
        },
        {
          key: 'uptime',
          name: 'Uptime',
          unit: '%',
          direction: 'higher',
          target: 99.9,
          warnAt: 99.5,
          value: 99.95,
          observedAt: '2026-11-10T10:00:00.000Z',
          status: 'on-target',
          trend: [
            [89, 99.2],
            [1, 99.7],
            [0, 99.95],
          ],
        },
        {
          key: 'cloud-cost',
          name: 'Cloud cost',
          unit: '€k',
          direction: 'lower',
          target: 40,
          warnAt: 45,
          value: 50,
          observedAt: '2026-01-05T09:00:00.000Z',
          status: 'off-target',
          trend: [],
        },
      ]);
    });

    it('days follow the train’s own zone: 02:30 UTC is still yesterday in São Paulo', async () => {
      const id = await kpi(backend.db, south.trainId, 'nps');
      await values(backend.db, id, [
        ['2026-11-10T01:00:00Z', 3], // 9 November, 22:00 in São Paulo (UTC-3)
        ['2026-11-10T02:30:00Z', 4], // 9 November, 23:30: the last of the 9th
        ['2026-11-10T03:30:00Z', 6], // 10 November, 00:30
      ]);
      const dto = await loadKpis(backend.db, { kind: 'kpis', train: 'south' }, NOW);
      expect(dto!.tiles[0]!.trend).toEqual([
        [1, 4],
        [0, 6],
      ]);
    });

    it('at most 12 tiles; a train without KPIs has none; an unknown train has no panel', async () => {
      for (let i = 0; i < 13; i++) await kpi(backend.db, north.trainId, `kpi-${String(i).padStart(2, '0')}`, { position: 12 - i });
      const dto = await loadKpis(backend.db, { kind: 'kpis', train: 'north' }, NOW);
      expect(dto!.tiles.map((t) => t.key)).toEqual(Array.from({ length: 12 }, (_, i) => `kpi-${String(12 - i).padStart(2, '0')}`));
      expect((await loadKpis(backend.db, { kind: 'kpis', train: 'south' }, NOW))!.tiles).toEqual([]);
      expect(await loadKpis(backend.db, { kind: 'kpis', train: 'ghost' }, NOW)).toBeUndefined();
    });
  });

  describe('the ingest handler', () => {
    let uptime: number;
    const stored = () => backend.db.selectFrom('kpi_values').select(['kpi_id', 'observed_at', 'value']).orderBy('observed_at').execute();

    beforeEach(async () => {
      uptime = await kpi(backend.db, north.trainId, 'uptime', { target: 99.9, warnAt: 99.5 });
      await kpi(backend.db, south.trainId, 'nps');
    });

    it('stores values observed at observedAt, else at occurredAt, and moves the train’s KPI tiles', async () => {
      const result = await applyInTransaction(backend.db, [
        recorded('a', { kpi: 'uptime', value: 99.5 }, '2026-11-10T09:00:00Z'),
        recorded('b', { kpi: 'uptime', value: 99.8, observedAt: '2026-11-09T06:30:00+01:00' }, '2026-11-10T09:00:00Z'),
      ]);
      expect(result).toMatchObject({ stored: 2, affectedKeys: ['kpis:north'], affectedTeams: [], calendarTrains: [] });
      expect(await stored()).toEqual([
        { kpi_id: uptime, observed_at: new Date('2026-11-09T05:30:00Z'), value: 99.8 },
        { kpi_id: uptime, observed_at: new Date('2026-11-10T09:00:00Z'), value: 99.5 },
      ]);
    });

    it('a value for an instant the KPI already has replaces it; in one batch the newest event wins', async () => {
      await applyInTransaction(backend.db, [recorded('a', { kpi: 'uptime', value: 99.5 })]);
      await applyInTransaction(backend.db, [recorded('corrected', { kpi: 'uptime', value: 99.6, observedAt: '2026-11-10T09:00:00Z' }, '2026-11-10T11:00:00Z')]);
      expect(await stored()).toEqual([{ kpi_id: uptime, observed_at: new Date('2026-11-10T09:00:00Z'), value: 99.6 }]);

      const slot = { kpi: 'uptime', observedAt: '2026-11-08T12:00:00Z' };
      await applyInTransaction(backend.db, [
        recorded('late', { ...slot, value: 2 }, '2026-11-09T12:00:00Z'),
        recorded('early', { ...slot, value: 1 }, '2026-11-08T12:00:00Z'),
      ]);
      expect((await stored())[0]).toEqual({ kpi_id: uptime, observed_at: new Date('2026-11-08T12:00:00Z'), value: 2 });
    });

    it('refuses an unknown train, an unknown KPI and another train’s KPI, naming each; nothing of the batch stays', async () => {
      const attempt = applyInTransaction(backend.db, [
        recorded('ok', { kpi: 'uptime', value: 99.9 }),
        recorded('ghost-train', { train: 'ghost', kpi: 'uptime', value: 1 }),
        recorded('ghost-kpi', { kpi: 'latency', value: 1 }),
        recorded('south-kpi', { kpi: 'nps', value: 1 }),
      ]);
      await expect(attempt).rejects.toBeInstanceOf(UnknownReferenceError);
      await expect(attempt).rejects.toMatchObject({
        problems: [
          { path: 'events.1.data.train', message: 'unknown train "ghost"' },
          { path: 'events.2.data.kpi', message: 'unknown KPI "latency" of train "north": define the KPI in the console first' },
          { path: 'events.3.data.kpi', message: 'unknown KPI "nps" of train "north": define the KPI in the console first' },
        ],
      });
      expect(await stored()).toEqual([]);
      expect(await backend.db.selectFrom('ingested_events').select('id').execute()).toEqual([]);
    });

    it('the stored values reach the panel', async () => {
      await applyInTransaction(backend.db, [recorded('a', { kpi: 'uptime', value: 99.7 }, '2026-11-10T09:00:00Z')]);
      const dto = await loadKpis(backend.db, { kind: 'kpis', train: 'north' }, NOW);
      expect(dto!.tiles[0]).toMatchObject({ value: 99.7, status: 'watch', trend: [[0, 99.7]] });
    });
  });
});
