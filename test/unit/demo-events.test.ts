import { describe, expect, it } from 'vitest';
import { DEMO_FEATURES } from '../../lib/demo/backlog';
import { demoCalendar } from '../../lib/demo/calendar';
import { DEMO_TEAMS } from '../../lib/demo/catalogue';
import { demoEvents } from '../../lib/demo/events';
import type { EventOf, IngestEvent } from '../../lib/ingest/schema';

const ZONE = 'Europe/Amsterdam';
// Thursday 26 November 2026, 15:00 in Amsterdam: day 4 of iteration 3 of PI 26.4 (26 Oct - 1 Jan).
const NOW = new Date('2026-11-26T14:00:00Z');
const eventsAt = (now: Date) => demoEvents(demoCalendar(now, ZONE), ZONE, now);
const ofType = <T extends IngestEvent['type']>(events: IngestEvent[], type: T) => events.filter((e): e is EventOf<T> => e.type === type);

describe('demoEvents', () => {
  const events = eventsAt(NOW);
  const items = ofType(events, 'work_item.upserted');
  const byItem = new Map<string, typeof items>();
  for (const item of items) byItem.set(item.data.key, [...(byItem.get(item.data.key) ?? []), item]);

  it('is the same for the same moment, oldest first, nothing after now, every id once', () => {
    expect(eventsAt(NOW)).toEqual(events);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('seeded later in the same PI, the history is the same, only more of it has happened', () => {
    // Monday 30 November 08:30 in Amsterdam: the same PI, two working days on.
    const later = eventsAt(new Date('2026-11-30T07:30:00Z'));
    expect(later.length).toBeGreaterThan(events.length);
    expect(later.slice(0, events.length).map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('first maps "Ready for UAT" to waiting, then sends the PI and its calendar before any work', () => {
    expect(events[0]).toMatchObject({ type: 'status_mapping.set', data: { train: 'demo', status: 'Ready for UAT', category: 'waiting' } });
    expect(events[1]).toMatchObject({ type: 'pi.upserted', data: { name: 'PI 26.4', startDate: '2026-10-26', endDate: '2027-01-01' } });
    expect(ofType(events, 'pi.upserted')[0]!.data.iterations.map((it) => it.code)).toEqual(['26.4-1', '26.4-2', '26.4-3', '26.4-4', '26.4-5']);
    expect(ofType(events, 'calendar_event.upserted').map((e) => [e.data.kind, e.data.startDate])).toEqual([
      ['system_demo', '2026-11-06'],
      ['system_demo', '2026-11-20'],
      ['system_demo', '2026-12-04'],
      ['system_demo', '2026-12-18'],
      ['pi_planning', '2027-01-04'],
    ]);
  });

  it('plans 11 features and 3 enablers into the PI; stories name them, and some are done, some in progress', () => {
    const features = ofType(events, 'feature.upserted');
    const latest = new Map(features.map((e) => [e.data.key, e.data]));
    expect([...latest.values()].filter((f) => f.kind === 'feature')).toHaveLength(11);
    expect([...latest.values()].filter((f) => f.kind === 'enabler')).toHaveLength(3);
    expect([...latest.values()].every((f) => f.pi === 'PI 26.4')).toBe(true);
    const statuses = [...latest.values()].map((f) => f.status);
    expect(statuses).toContain('Done');
    expect(statuses).toContain('Implementing');
    for (const item of items) if (item.data.feature) expect(latest.has(item.data.feature)).toBe(true);
    // Enabler stories belong to enablers.
    for (const item of items.filter((e) => e.data.kind === 'enabler')) expect(latest.get(item.data.feature!)?.kind).toBe('enabler');
  });

  it('mixes stories, defects, enablers, spikes and risks; only known teams and the PI’s iterations', () => {
    expect(new Set(items.map((e) => e.data.kind))).toEqual(new Set(['story', 'defect', 'enabler', 'spike', 'risk']));
    const teams = new Set(DEMO_TEAMS.map((t) => t.slug));
    const codes = new Set(['26.4-1', '26.4-2', '26.4-3', '26.4-4', null]);
    for (const item of items) {
      expect(teams.has(item.data.team)).toBe(true);
      expect(codes.has(item.data.iteration)).toBe(true);
    }
    expect(items.some((e) => e.data.status === 'Ready for UAT')).toBe(true);
    expect(items.some((e) => e.data.status === 'Blocked')).toBe(true);
  });

  it('creates every item before it starts, and nothing is done without having started', () => {
    for (const history of byItem.values()) {
      expect(history[0]!.data.status, history[0]!.data.key).toBe('To Do');
      const done = history.findIndex((e) => e.data.status === 'Done');
      if (done >= 0) expect(history.slice(1, done).some((e) => e.data.status === 'In Progress'), history[0]!.data.key).toBe(true);
    }
  });

  it('iterations 1 and 2 carried a few items over, one story was reopened and one item moved to another team', () => {
    const histories = [...byItem.values()];
    const carried = histories.filter((h) => new Set(h.map((e) => e.data.iteration)).size > 1);
    expect(carried.length).toBeGreaterThanOrEqual(6);
    const reopened = histories.filter((h) => h.map((e) => e.data.status).join('>').includes('Done>In Progress'));
    expect(reopened.map((h) => h[0]!.data.team)).toEqual(['dynamo']);
    const moved = histories.filter((h) => new Set(h.map((e) => e.data.team)).size > 1);
    expect(moved.map((h) => [h[0]!.data.team, h.at(-1)!.data.team])).toEqual([['fjord', 'ember']]);
  });

  it('has work under way in the current iteration, and every team has finished something in it', () => {
    const latest = [...byItem.values()].map((h) => h.at(-1)!.data);
    const current = latest.filter((d) => d.iteration === '26.4-3');
    expect(current.filter((d) => ['In Progress', 'In Review', 'Ready for UAT', 'Blocked'].includes(d.status)).length).toBeGreaterThan(6);
    for (const team of DEMO_TEAMS) expect(current.some((d) => d.team === team.slug && d.status === 'Done')).toBe(true);
  });

  it('writes 3-5 objectives per team with one uncommitted, rated at the two system demos so far: 68 of 82 BV', () => {
    const objectives = ofType(events, 'objective.upserted');
    const latest = new Map(objectives.map((e) => [e.data.key, e.data]));
    for (const team of DEMO_TEAMS) {
      const own = [...latest.values()].filter((o) => o.team === team.slug);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.length).toBeLessThanOrEqual(5);
      expect(own.filter((o) => !o.committed)).toHaveLength(1);
    }
    const rated = [...latest.values()].filter((o) => o.actualValue !== null);
    // Two committed objectives per team, rated at the demos of 6 and 20 November.
    expect(rated).toHaveLength(12);
    expect(rated.every((o) => o.committed)).toBe(true);
    // Planned 13+13+14+15+13+14 = 82, actual 10+13+12+13+11+9 = 68: 83 % for the train.
    expect(rated.reduce((sum, o) => sum + o.plannedValue, 0)).toBe(82);
    expect(rated.reduce((sum, o) => sum + (o.actualValue ?? 0), 0)).toBe(68);
  });

  it('names only the catalogue’s features', () => {
    const keys = new Set(DEMO_FEATURES.map((f) => f.key));
    for (const item of items) if (item.data.feature) expect(keys.has(item.data.feature)).toBe(true);
  });
});
