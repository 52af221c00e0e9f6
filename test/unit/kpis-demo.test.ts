import { describe, expect, it } from 'vitest';
import { demoCalendar } from '../../lib/demo/calendar';
import { demoKpiValueEvents } from '../../lib/demo/kpis';
import { ingestBatchSchema } from '../../lib/ingest/schema';

const ZONE = 'Europe/Amsterdam';

describe('the demo KPI values', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const events = demoKpiValueEvents(demoCalendar(now, ZONE), ZONE, now);

  it('sends 60 daily values of each of the six KPIs, none after now, each valid for the ingest API', () => {
    expect(events).toHaveLength(6 * 60);
    expect(events.every((e) => Date.parse(e.occurredAt) <= now.getTime())).toBe(true);
    expect(ingestBatchSchema.safeParse({ events: events.slice(0, 1000) }).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // Today's report was at 06:30 in Amsterdam (05:30 UTC); the first is 59 days earlier.
    const uptime = events.filter((e) => e.type === 'kpi_value.recorded' && e.data.kpi === 'uptime');
    expect(uptime.at(-1)!.occurredAt).toBe('2026-11-20T05:30:00.000Z');
    expect(uptime[0]!.occurredAt).toBe('2026-09-22T04:30:00.000Z');
  });

  it('before 06:30 today, the newest value is yesterday’s; the same for any `now` that day', () => {
    const early = new Date('2026-11-20T05:00:00Z');
    const last = demoKpiValueEvents(demoCalendar(early, ZONE), ZONE, early).at(-1)!;
    expect(last.occurredAt).toBe('2026-11-19T05:30:00.000Z');
  });

  it('is the same on every run and moves within plausible bounds', () => {
    expect(demoKpiValueEvents(demoCalendar(now, ZONE), ZONE, now)).toEqual(events);
    const values = (kpi: string) => events.flatMap((e) => (e.type === 'kpi_value.recorded' && e.data.kpi === kpi ? [e.data.value] : []));
    expect(Math.max(...values('uptime'))).toBeLessThanOrEqual(100);
    expect(Math.min(...values('uptime'))).toBeGreaterThan(98);
    expect(values('uptime').at(-1)).toBe(99.72);
    expect(values('escaped-defects').every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });
});
