import { expect, it } from 'vitest';
import { demoCalendar } from '../../lib/demo/calendar';
import { DEMO_TRAIN } from '../../lib/demo/catalogue';
import { demoIncidentEvents } from '../../lib/demo/incidents';
import { seedDemoIfEmpty } from '../../lib/demo/seed';
import { loadIncidents } from '../../lib/panels/incidents/loader';
import { mttrText, onCallNowAndNext } from '../../lib/panels/incidents/math';
import { describeEachBackend } from '../support/databases';

const TUESDAY = new Date('2026-11-24T12:00:00Z');
/** Monday 08:30 in Amsterdam: half an hour before the weekly hand-over. */
const MONDAY_EARLY = new Date('2026-11-30T07:30:00Z');

describeEachBackend('the demo train’s incidents and on-call rota', (backend) => {
  it('a real MTTR over the PI’s restored incidents, a P2 and a P3 open, and both roles on call now and next', async () => {
    await seedDemoIfEmpty(backend.db, TUESDAY);
    const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'demo' }, TUESDAY))!;
    // Restored in the PI: 48 + 215 + 110 + 1200 + 72 + 260 + 125 and yesterday's P1 145 = 2175 min over 8;
    // 271.875 min = 16,312.5 s. The one restored before the PI is left out.
    expect(dto.mttr).toEqual({ meanSeconds: 16_313, count: 8 });
    expect(mttrText(dto.mttr.meanSeconds)).toBe('4 h 32 min');
    expect(dto.open.total).toBe(2);
    expect(dto.open.incidents.map((i) => [i.priority, i.title])).toEqual([
      [2, 'Product images load slowly on mobile'],
      [3, 'Delivery date missing from order confirmation emails'],
    ]);
    expect(onCallNowAndNext(dto.onCall.primary, TUESDAY)).toEqual({
      now: { person: 'Jonas Lind', contact: '+31 20 555 0163', until: '2026-11-30T08:00:00.000Z' },
      next: { person: 'Amara Okafor', contact: '+31 20 555 0105', from: '2026-11-30T08:00:00.000Z' },
    });
    expect(onCallNowAndNext(dto.onCall.secondary, TUESDAY)).toMatchObject({ now: { person: 'Priya Natarajan' }, next: { person: 'Tom Becker' } });
  });

  it('before Monday’s hand-over last week’s people are still on; the rota runs from three weeks back to four ahead', async () => {
    await seedDemoIfEmpty(backend.db, MONDAY_EARLY);
    const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'demo' }, MONDAY_EARLY))!;
    expect(onCallNowAndNext(dto.onCall.primary, MONDAY_EARLY)).toMatchObject({
      now: { person: 'Sofia Rossi', until: '2026-11-30T08:00:00.000Z' },
      next: { person: 'Jonas Lind', from: '2026-11-30T08:00:00.000Z' },
    });
    const rota = await backend.db.selectFrom('oncall_shifts').select(['key', 'starts_at']).where('key', 'like', 'rota-%').orderBy('starts_at').execute();
    expect(rota).toHaveLength(16);
    expect(rota[0]!.starts_at.toISOString()).toBe('2026-11-09T08:00:00.000Z');
    expect(rota.at(-1)!.starts_at.toISOString()).toBe('2026-12-28T08:00:00.000Z');
  });
});

it('sends nothing that happens after now, and each incident key at most twice (opened, restored)', () => {
  const events = demoIncidentEvents(demoCalendar(TUESDAY, DEMO_TRAIN.timeZone), DEMO_TRAIN.timeZone, TUESDAY);
  expect(events.every((e) => Date.parse(e.occurredAt) <= TUESDAY.getTime())).toBe(true);
  expect(events.map((e) => e.occurredAt)).toEqual(events.map((e) => e.occurredAt).sort());
  const perKey = new Map<string, number>();
  for (const e of events) if (e.type === 'incident.upserted') perKey.set(e.data.key, (perKey.get(e.data.key) ?? 0) + 1);
  expect([...perKey.values()].every((n) => n <= 2)).toBe(true);
  expect(perKey.size).toBe(11);
});
