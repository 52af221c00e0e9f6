import { describe, expect, it } from 'vitest';
import { demoCalendar } from '../../lib/demo/calendar';
import { DEMO_TEAMS } from '../../lib/demo/catalogue';
import { demoImpedimentEvents } from '../../lib/demo/impediments';
import { ingestBatchSchema, type EventOf } from '../../lib/ingest/schema';

const ZONE = 'Europe/Amsterdam';
// Thursday 19 November 2026, 15:00 in Amsterdam: day 4 of iteration 3 (working day 23 of the PI from 19 October).
const NOW = new Date('2026-11-19T14:00:00Z');
const eventsAt = (now: Date) => demoImpedimentEvents(demoCalendar(now, ZONE), ZONE, now) as EventOf<'impediment.upserted'>[];

/** Each key's last state, as the handler keeps it. */
function latest(events: EventOf<'impediment.upserted'>[]) {
  const byKey = new Map<string, EventOf<'impediment.upserted'>['data']>();
  for (const event of events) byKey.set(event.data.key, event.data);
  return [...byKey.values()];
}

describe('demoImpedimentEvents', () => {
  const events = eventsAt(NOW);

  it('is valid ingest input, the same every time, oldest first, nothing after now, every id once', () => {
    expect(ingestBatchSchema.safeParse({ events }).success).toBe(true);
    expect(eventsAt(NOW)).toEqual(events);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('twelve over the PI: six open (one escalated, one of the train), six resolved, on demo teams only', () => {
    const states = latest(events);
    expect(states).toHaveLength(12);
    const open = states.filter((s) => s.resolvedAt === null);
    expect(open).toHaveLength(6);
    expect(open.filter((s) => s.escalated).map((s) => s.team)).toEqual(['atlas']);
    expect(open.filter((s) => s.team === null)).toHaveLength(1);
    const slugs = new Set(DEMO_TEAMS.map((t) => t.slug));
    expect(states.every((s) => s.team === null || slugs.has(s.team))).toBe(true);
    const start = Date.parse('2026-10-19T00:00:00+02:00');
    expect(states.every((s) => Date.parse(s.openedAt) >= start)).toBe(true);
  });

  it('at the earliest moment the demo can be seeded, the recent ones are still in the past', () => {
    // Thursday 12 November 2026, 06:00 in Amsterdam, before office hours: working day 23, the earliest day the demo
    // calendar places today on; "1 day ago" is Wednesday.
    const early = new Date('2026-11-12T05:00:00Z');
    const states = latest(eventsAt(early));
    expect(states).toHaveLength(12);
    expect(Math.max(...eventsAt(early).map((e) => Date.parse(e.occurredAt)))).toBeLessThan(Date.parse('2026-11-12T00:00:00+01:00'));
  });
});
