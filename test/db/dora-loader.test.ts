import { beforeEach, expect, it } from 'vitest';
import type { DeploymentStatus, NewDeployment, NewIncident } from '../../db/schema';
import { loadDora } from '../../lib/panels/dora/loader';
import { loadPanel } from '../../lib/panels/load';
import { describeEachBackend } from '../support/databases';
import { insertTrain, type TrainFixture } from '../support/fixtures';

/** Tuesday 24 November 2026, 11:00 in Amsterdam (CET, UTC+1); the window runs from 2026-10-25T10:00Z. */
const NOW = new Date('2026-11-24T10:00:00Z');
const PI = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };
const HOUR = 3600;

describeEachBackend('the DORA panel', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;
  const env: Record<string, number> = {};
  let sequence = 0;

  const deployment = (environment: string, status: DeploymentStatus, deployedAt: string, committedAt: string | null, trainId = north.trainId): NewDeployment => ({
    key: `d-${++sequence}`,
    train_id: trainId,
    environment_id: env[environment]!,
    version: `1.0.${sequence}`,
    status,
    deployed_at: new Date(deployedAt),
    commit: null,
    committed_at: committedAt === null ? null : new Date(committedAt),
    changed_at: new Date(deployedAt),
  });
  const incident = (startedAt: string, resolvedAt: string | null, trainId = north.trainId): NewIncident => ({
    key: `i-${++sequence}`,
    train_id: trainId,
    team_id: null,
    title: 'Incident',
    service: null,
    priority: 2,
    started_at: new Date(startedAt),
    resolved_at: resolvedAt === null ? null : new Date(resolvedAt),
    changed_at: new Date(startedAt),
  });

  beforeEach(async () => {
    north = await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['otters'], pi: PI, iterations: [] });
    south = await insertTrain(backend.db, { slug: 'south', timeZone: 'Europe/Amsterdam', teams: ['pumas'], pi: PI, iterations: [] });
    const rows = await backend.db
      .insertInto('environments')
      .values([
        { train_id: north.trainId, key: 'staging', name: 'Staging', position: 1, production: false },
        { train_id: north.trainId, key: 'production', name: 'Production', position: 2, production: true },
        { train_id: south.trainId, key: 'production', name: 'Production', position: 1, production: true },
      ])
      .returning(['id', 'train_id', 'key'])
      .execute();
    for (const r of rows) env[`${r.train_id === north.trainId ? 'north' : 'south'}-${r.key}`] = r.id;
  });

  it('no deployments and no incidents yet: no values, no bands, empty weeks', async () => {
    const dto = (await loadDora(backend.db, { kind: 'dora', train: 'north' }, NOW))!;
    expect(dto).toMatchObject({
      kind: 'dora',
      key: 'dora:north',
      train: { slug: 'north', name: 'Train north' },
      asOf: NOW.toISOString(),
      window: { from: '2026-10-25T10:00:00.000Z', to: NOW.toISOString(), days: 30 },
      deploymentFrequency: { value: null, count: 0, band: null },
      leadTime: { value: null, count: 0, band: null },
      changeFailureRate: { value: null, count: 0, failed: 0, band: null },
      timeToRestore: { value: null, count: 0, band: null },
    });
    // This week (Monday 23 November) and the eleven before it.
    expect(dto.weeks).toHaveLength(12);
    expect(dto.weeks[0]).toBe('2026-09-07');
    expect(dto.weeks[11]).toBe('2026-11-23');
    expect(dto.deploymentFrequency.trend).toEqual(Array(12).fill(0));
    expect(dto.leadTime.trend).toEqual(Array(12).fill(null));
    expect(dto.changeFailureRate.trend).toEqual(Array(12).fill(null));
    expect(dto.timeToRestore.trend).toEqual(Array(12).fill(null));
    expect(await loadDora(backend.db, { kind: 'dora', train: 'west' }, NOW)).toBeUndefined();
  });

  /**
   * North's production deployments (Z times; local is +1 h, +2 h before 25 October 03:00):
   *   A succeeded 10-25 09:59:59, committed 1 h before: just before the window (in the week of 19 October's trend).
   *   B succeeded 10-25 10:00:00 exactly at the window's start, lead 2 h.       C succeeded 11-10 12:00, lead 1 day.
   *   D succeeded 11-20 15:00 without a commit time (frequency only).         E failed 11-21 10:00.
   *   I succeeded 11-22 10:00, lead 2 days.   F rolled back 11-22 23:30 = Monday 00:30 local (this week, not last).
   *   G in progress 11-24 09:30 (not finished).   H succeeded exactly at now (window is [from, now)).
   * Left out: a staging deployment and south's production one.
   * Frequency: B, C, D, I = 4 in 30 days → 4/30 per day. Lead: median(7200, 86400, 172800) = 86400 s.
   * CFR: finished B C D E F I = 6, failed E F = 2 → 1/3.
   * Incidents restored in the window: 30 min, 2 h, 4 h → median 2 h; one restored before it (1 h) and one open.
   */
  it('the four metrics over the last 30 days: window edges, production only, successful only, in progress left out', async () => {
    await backend.db
      .insertInto('deployments')
      .values([
        deployment('north-production', 'succeeded', '2026-10-25T09:59:59Z', '2026-10-25T08:59:59Z'),
        deployment('north-production', 'succeeded', '2026-10-25T10:00:00Z', '2026-10-25T08:00:00Z'),
        deployment('north-production', 'succeeded', '2026-11-10T12:00:00Z', '2026-11-09T12:00:00Z'),
        deployment('north-production', 'succeeded', '2026-11-20T15:00:00Z', null),
        deployment('north-production', 'failed', '2026-11-21T10:00:00Z', '2026-11-21T09:00:00Z'),
        deployment('north-production', 'succeeded', '2026-11-22T10:00:00Z', '2026-11-20T10:00:00Z'),
        deployment('north-production', 'rolled_back', '2026-11-22T23:30:00Z', '2026-11-22T20:00:00Z'),
        deployment('north-production', 'in_progress', '2026-11-24T09:30:00Z', '2026-11-24T08:00:00Z'),
        deployment('north-production', 'succeeded', '2026-11-24T10:00:00Z', '2026-11-24T09:00:00Z'),
        deployment('north-staging', 'succeeded', '2026-11-15T10:00:00Z', '2026-11-15T09:00:00Z'),
        deployment('south-production', 'failed', '2026-11-15T10:00:00Z', '2026-11-15T09:00:00Z', south.trainId),
      ])
      .execute();
    await backend.db
      .insertInto('incidents')
      .values([
        incident('2026-10-25T08:00:00Z', '2026-10-25T09:00:00Z'),
        incident('2026-11-10T09:00:00Z', '2026-11-10T11:00:00Z'),
        incident('2026-11-21T10:00:00Z', '2026-11-21T10:30:00Z'),
        incident('2026-11-23T09:00:00Z', '2026-11-23T13:00:00Z'),
        incident('2026-11-24T08:00:00Z', null),
        incident('2026-11-20T08:00:00Z', '2026-11-20T08:05:00Z', south.trainId),
      ])
      .execute();

    const dto = (await loadPanel(backend.db, 'dora:north', NOW)) as Awaited<ReturnType<typeof loadDora>>;
    expect(dto!.deploymentFrequency).toMatchObject({ count: 4, band: 'medium' });
    expect(dto!.deploymentFrequency.value).toBeCloseTo(4 / 30, 10);
    expect(dto!.leadTime).toMatchObject({ value: 86_400, count: 3, band: 'high' });
    expect(dto!.changeFailureRate).toMatchObject({ failed: 2, count: 6, band: 'low' });
    expect(dto!.changeFailureRate.value).toBeCloseTo(1 / 3, 10);
    expect(dto!.timeToRestore).toMatchObject({ value: 2 * HOUR, count: 3, band: 'high' });

    // Weeks in the train's zone, from 7 September; the trend reaches before the 30 days (A, and the 1 h incident).
    const week = (monday: string) => dto!.weeks.indexOf(monday);
    const at = <T>(trend: T[], monday: string) => trend[week(monday)];
    expect(at(dto!.deploymentFrequency.trend, '2026-10-19')).toBe(2);
    expect(at(dto!.leadTime.trend, '2026-10-19')).toBe(1.5 * HOUR);
    expect(at(dto!.timeToRestore.trend, '2026-10-19')).toBe(HOUR);
    expect(at(dto!.deploymentFrequency.trend, '2026-11-09')).toBe(1);
    expect(at(dto!.leadTime.trend, '2026-11-09')).toBe(86_400);
    expect(at(dto!.timeToRestore.trend, '2026-11-09')).toBe(2 * HOUR);
    // Week of 16 November: D and I succeeded, E failed; D has no commit time.
    expect(at(dto!.deploymentFrequency.trend, '2026-11-16')).toBe(2);
    expect(at(dto!.leadTime.trend, '2026-11-16')).toBe(2 * 86_400);
    expect(at(dto!.changeFailureRate.trend, '2026-11-16')).toBeCloseTo(1 / 3, 10);
    expect(at(dto!.timeToRestore.trend, '2026-11-16')).toBe(1800);
    // This week: F (Monday 00:30 local) rolled back, G still in progress, H not yet (at now).
    expect(at(dto!.deploymentFrequency.trend, '2026-11-23')).toBe(0);
    expect(at(dto!.changeFailureRate.trend, '2026-11-23')).toBe(1);
    expect(at(dto!.leadTime.trend, '2026-11-23')).toBeNull();
    expect(at(dto!.timeToRestore.trend, '2026-11-23')).toBe(4 * HOUR);
    expect(dto!.deploymentFrequency.trend.reduce((a, b) => a! + b!, 0)).toBe(5);
    expect(at(dto!.changeFailureRate.trend, '2026-11-02')).toBeNull();
  });

  it('a failed production deployment followed by its fix, and the incident it caused restored', async () => {
    await backend.db
      .insertInto('deployments')
      .values([
        deployment('north-production', 'failed', '2026-11-23T10:00:00Z', '2026-11-23T09:40:00Z'),
        deployment('north-production', 'succeeded', '2026-11-23T10:45:00Z', '2026-11-23T10:25:00Z'),
      ])
      .execute();
    await backend.db.insertInto('incidents').values([incident('2026-11-23T10:05:00Z', '2026-11-23T10:50:00Z')]).execute();
    const dto = (await loadDora(backend.db, { kind: 'dora', train: 'north' }, NOW))!;
    expect(dto.deploymentFrequency).toMatchObject({ count: 1, band: 'medium' });
    expect(dto.leadTime).toMatchObject({ value: 20 * 60, count: 1, band: 'elite' });
    expect(dto.changeFailureRate).toMatchObject({ value: 0.5, failed: 1, count: 2, band: 'low' });
    expect(dto.timeToRestore).toMatchObject({ value: 45 * 60, count: 1, band: 'elite' });
  });
});
