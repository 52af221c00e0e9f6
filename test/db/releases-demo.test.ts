import { expect, it } from 'vitest';
import { demoCalendar } from '../../lib/demo/calendar';
import { DEMO_TRAIN } from '../../lib/demo/catalogue';
import { demoReleaseEvents } from '../../lib/demo/releases';
import { seedDemoIfEmpty } from '../../lib/demo/seed';
import { loadReleases } from '../../lib/panels/releases/loader';
import { standOuts } from '../../lib/panels/releases/math';
import { todayIn } from '../../lib/time/calendar';
import { describeEachBackend } from '../support/databases';

const TUESDAY = new Date('2026-11-24T12:00:00Z');

describeEachBackend('the demo train’s departure board', (backend) => {
  it('four releases: Payments waiting for QA, Mobile slipped with its security review rejected, Checkout’s ATO pending, Search undecided', async () => {
    await seedDemoIfEmpty(backend.db, TUESDAY);
    const dto = (await loadReleases(backend.db, { kind: 'releases', train: 'demo' }, TUESDAY))!;
    expect(dto.environments.map((e) => e.key)).toEqual(['dev', 'test', 'staging', 'production']);
    expect(dto.releases.map((r) => r.name)).toEqual(['Payments', 'Mobile app', 'Search', 'Checkout']);
    const today = todayIn(DEMO_TRAIN.timeZone, TUESDAY);
    const [payments, mobile, search, checkout] = dto.releases;
    const states = (r: typeof payments) => r!.gates.map((g) => g.state);
    expect(states(payments)).toEqual(['approved', 'approved', 'not_needed', 'pending', 'approved']);
    expect(standOuts(payments!, today)).toEqual([]);
    expect(states(mobile)).toEqual(['approved', 'rejected', 'not_needed', 'approved', 'pending']);
    expect(mobile!.gates[1]).toMatchObject({ decidedBy: 'Marco Bianchi' });
    expect(standOuts(mobile!, today).map((s) => s.kind)).toEqual(['rejected', 'slipped']);
    expect(states(search)).toEqual(['pending', 'pending', 'not_needed', 'pending', 'pending']);
    expect(states(checkout)).toEqual(['approved', 'pending', 'pending', 'pending', 'pending']);
  });
});

it('sends nothing that happens after now', () => {
  const events = demoReleaseEvents(demoCalendar(TUESDAY, DEMO_TRAIN.timeZone), DEMO_TRAIN.timeZone, TUESDAY);
  expect(events.every((e) => Date.parse(e.occurredAt) <= TUESDAY.getTime())).toBe(true);
  expect(events.filter((e) => e.type === 'release.upserted')).toHaveLength(4);
});
