import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_BATCH, describeIssues, ingestBatchSchema } from '../../lib/ingest/schema';

function goodEvent(id = 'evt-1'): Record<string, unknown> & { data: Record<string, unknown> } {
  return {
    id,
    type: 'work_item.upserted',
    occurredAt: '2025-03-24T09:30:00+01:00',
    data: { key: 'SIG-1', team: 'otters', iteration: '25.1-1', title: '  Fix the wall  ', kind: 'Story', status: 'In Progress', points: 3 },
  };
}

function problemsOf(body: unknown) {
  const result = ingestBatchSchema.safeParse(body);
  return result.success ? [] : describeIssues(result.error);
}

describe('ingest batch schema', () => {
  it('accepts a good event, trimming text, lower-casing the kind and defaulting missing amounts to null', () => {
    const result = ingestBatchSchema.parse({ events: [goodEvent()] });
    expect(result.events).toEqual([
      {
        id: 'evt-1',
        type: 'work_item.upserted',
        occurredAt: '2025-03-24T09:30:00+01:00',
        data: {
          key: 'SIG-1',
          team: 'otters',
          iteration: '25.1-1',
          title: 'Fix the wall',
          kind: 'story',
          status: 'In Progress',
          points: 3,
          hoursRemaining: null,
          feature: null,
        },
      },
    ]);
  });

  it('accepts a null iteration (backlog) and null amounts', () => {
    const event = goodEvent();
    event.data = { ...event.data, iteration: null, points: null, hoursRemaining: null };
    expect(problemsOf({ events: [event] })).toEqual([]);
  });

  const badFields: [string, (event: ReturnType<typeof goodEvent>) => void][] = [
    ['events.1.id', (e) => (e.id = '')],
    ['events.1.id', (e) => (e.id = 'x'.repeat(201))],
    ['events.1.type', (e) => (e.type = 'work_item.deleted')],
    ['events.1.occurredAt', (e) => (e.occurredAt = '2025-03-24T09:30:00')],
    ['events.1.occurredAt', (e) => (e.occurredAt = '2025-03-24T09:30:00.000+0100')],
    ['events.1.data', (e) => delete (e as Record<string, unknown>).data],
    ['events.1.data.key', (e) => (e.data.key = '   ')],
    ['events.1.data.team', (e) => (e.data.team = 'Otters')],
    ['events.1.data.iteration', (e) => (e.data.iteration = '')],
    ['events.1.data.iteration', (e) => delete e.data.iteration],
    ['events.1.data.title', (e) => (e.data.title = '')],
    ['events.1.data.kind', (e) => (e.data.kind = 'k'.repeat(41))],
    ['events.1.data.status', (e) => (e.data.status = ' ')],
    ['events.1.data.points', (e) => (e.data.points = -1)],
    ['events.1.data.points', (e) => (e.data.points = '3')],
    ['events.1.data.points', (e) => (e.data.points = 1001)],
    ['events.1.data.hoursRemaining', (e) => (e.data.hoursRemaining = 10_001)],
  ];

  it.each(badFields)('reports %s of the second event, and only that', (path, spoil) => {
    const bad = goodEvent('evt-2');
    spoil(bad);
    const problems = problemsOf({ events: [goodEvent(), bad] });
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).not.toBe('');
  });

  it('reports every bad field of a batch, not just the first', () => {
    const bad = goodEvent('evt-2');
    bad.data.team = 'Otters';
    bad.data.points = -5;
    const other = goodEvent('evt-3');
    other.occurredAt = '2025-03-24 09:30';
    expect(problemsOf({ events: [bad, goodEvent(), other] }).map((p) => p.path)).toEqual([
      'events.0.data.team',
      'events.0.data.points',
      'events.2.occurredAt',
    ]);
  });

  // Known bug (lib/ingest/schema.ts): the future check also runs on a value that is not a date at all
  // (Date.parse gives NaN, and NaN <= limit is false). Flip to `it` once fixed.
  it('reports an unparseable occurredAt once, as a format problem, not also as "in the future"', () => {
    const bad = goodEvent();
    bad.occurredAt = 'yesterday';
    expect(problemsOf({ events: [bad] })).toEqual([
      { path: 'events.0.occurredAt', message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-24T09:30:00Z' },
    ]);
  });

  it(`accepts ${MAX_EVENTS_PER_BATCH} events and refuses one more, or none`, () => {
    const events = (n: number) => Array.from({ length: n }, (_, i) => goodEvent(`evt-${i}`));
    expect(MAX_EVENTS_PER_BATCH).toBe(1000);
    expect(problemsOf({ events: events(1000) })).toEqual([]);
    expect(problemsOf({ events: events(1001) }).map((p) => p.path)).toEqual(['events']);
    expect(problemsOf({ events: [] }).map((p) => p.path)).toEqual(['events']);
  });

  it('refuses an occurredAt more than five minutes in the future, tolerating small clock drift', () => {
    const drifted = goodEvent();
    drifted.occurredAt = new Date(Date.now() + 2 * 60_000).toISOString();
    expect(problemsOf({ events: [drifted] })).toEqual([]);

    const future = goodEvent();
    future.occurredAt = new Date(Date.now() + 10 * 60_000).toISOString();
    expect(problemsOf({ events: [future] })).toEqual([{ path: 'events.0.occurredAt', message: 'must not be in the future' }]);
  });

  it('names the body itself when it is not an object with events', () => {
    expect(problemsOf([]).map((p) => p.path)).toEqual(['(body)']);
    expect(problemsOf({}).map((p) => p.path)).toEqual(['events']);
  });
});
