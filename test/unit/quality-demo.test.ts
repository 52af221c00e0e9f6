import { describe, expect, it } from 'vitest';
import { demoCalendar } from '../../lib/demo/calendar';
import { demoQualityEvents } from '../../lib/demo/quality';
import { ingestBatchSchema, type IngestEvent } from '../../lib/ingest/schema';

const ZONE = 'Europe/Amsterdam';

describe('the demo quality events', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const events = demoQualityEvents(demoCalendar(now, ZONE), ZONE, now);
  const ofType = <T extends IngestEvent['type']>(type: T) => events.filter((e): e is Extract<IngestEvent, { type: T }> => e.type === type);

  it('are valid for the ingest API, unique, none after now, and the same on every run', () => {
    for (let i = 0; i < events.length; i += 1000) expect(ingestBatchSchema.safeParse({ events: events.slice(i, i + 1000) }).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => Date.parse(e.occurredAt) <= now.getTime())).toBe(true);
    expect(demoQualityEvents(demoCalendar(now, ZONE), ZONE, now)).toEqual(events);
  });

  it('fill every tile: four nightly suites, three components at an 80 % target, four repositories, ~30 defects, ~15 findings', () => {
    expect(new Set(ofType('test_run.recorded').map((e) => e.data.suite))).toEqual(new Set(['unit', 'api', 'ui-e2e', 'contract']));
    const coverage = ofType('coverage.recorded');
    expect(new Set(coverage.map((e) => e.data.component)).size).toBe(3);
    expect(coverage.every((e) => e.data.targetPct === 80)).toBe(true);
    const builds = ofType('build.recorded');
    expect(new Set(builds.map((e) => e.data.repository)).size).toBe(4);
    // Payments' newest build is red; most builds are green.
    expect(builds.filter((e) => e.data.repository === 'payments').at(-1)!.data.status).toBe('failed');
    expect(builds.filter((e) => e.data.status === 'succeeded').length / builds.length).toBeGreaterThan(0.85);
    const defects = ofType('defect.upserted');
    expect(defects).toHaveLength(30);
    expect(defects.filter((e) => e.data.foundInProduction).length).toBeGreaterThanOrEqual(3);
    expect(ofType('security_finding.upserted')).toHaveLength(15);
  });
});
