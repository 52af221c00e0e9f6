import { expect, it } from 'vitest';
import { demoCalendar } from '../../lib/demo/calendar';
import { DEMO_TRAIN } from '../../lib/demo/catalogue';
import { demoDeploymentEvents } from '../../lib/demo/deployments';
import { DEMO_ENVIRONMENTS } from '../../lib/demo/release-catalogue';
import { seedDemoIfEmpty } from '../../lib/demo/seed';
import type { EventOf } from '../../lib/ingest/schema';
import { loadDora } from '../../lib/panels/dora/loader';
import { describeEachBackend } from '../support/databases';

const TUESDAY = new Date('2026-11-24T12:00:00Z');
const DAY_MS = 86_400_000;

/** Each key's last report, as newest-wins keeps it. */
function finalStates(now: Date) {
  const events = demoDeploymentEvents(demoCalendar(now, DEMO_TRAIN.timeZone), DEMO_TRAIN.timeZone, now) as EventOf<'deployment.recorded'>[];
  const last = new Map<string, EventOf<'deployment.recorded'>>();
  for (const e of events) last.set(e.data.key, e);
  return { events, last: [...last.values()] };
}

it('the demo sends only past events, oldest first, to the catalogue’s environments, the same every time', () => {
  const { events, last } = finalStates(TUESDAY);
  expect(events.length).toBeGreaterThan(100);
  expect(events.every((e) => Date.parse(e.occurredAt) <= TUESDAY.getTime())).toBe(true);
  expect(events.map((e) => e.occurredAt)).toEqual(events.map((e) => e.occurredAt).sort());
  expect(new Set(events.map((e) => e.data.environment))).toEqual(new Set(DEMO_ENVIRONMENTS.map((e) => e.key)));
  expect(demoDeploymentEvents(demoCalendar(TUESDAY, 'Europe/Amsterdam'), 'Europe/Amsterdam', TUESDAY)).toEqual(events);
  // Payments 2.4.0 reached staging: dev and test succeeded, staging failed once, then succeeded.
  const payments = last.filter((e) => e.data.version === '2.4.0').map((e) => [e.data.environment, e.data.status]);
  expect(payments).toEqual([
    ['dev', 'succeeded'],
    ['test', 'succeeded'],
    ['staging', 'failed'],
    ['staging', 'succeeded'],
  ]);
  // Ninety days of history; a failed or rolled back production deployment is followed by a successful one.
  const production = last.filter((e) => e.data.environment === 'production').sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  expect(TUESDAY.getTime() - Date.parse(production[0]!.occurredAt)).toBeGreaterThan(85 * DAY_MS);
  production.forEach((e, i) => {
    if (e.data.status === 'failed' || e.data.status === 'rolled_back') expect(production[i + 1]?.data.status).toBe('succeeded');
  });
});

describeEachBackend('the demo train’s DORA panel', (backend) => {
  it('every metric has a value and a band, matching the demo’s own deployments counted here', async () => {
    await seedDemoIfEmpty(backend.db, TUESDAY);
    const dto = (await loadDora(backend.db, { kind: 'dora', train: 'demo' }, TUESDAY))!;
    const from = TUESDAY.getTime() - 30 * DAY_MS;
    const inWindow = finalStates(TUESDAY).last.filter(
      (e) => e.data.environment === 'production' && Date.parse(e.occurredAt) >= from && Date.parse(e.occurredAt) < TUESDAY.getTime(),
    );
    const succeeded = inWindow.filter((e) => e.data.status === 'succeeded').length;
    const failed = inWindow.filter((e) => e.data.status === 'failed' || e.data.status === 'rolled_back').length;
    const finished = inWindow.filter((e) => e.data.status !== 'in_progress').length;
    expect(failed).toBeGreaterThan(0);
    expect(dto.deploymentFrequency.count).toBe(succeeded);
    expect(dto.changeFailureRate).toMatchObject({ failed, count: finished });
    for (const metric of [dto.deploymentFrequency, dto.leadTime, dto.changeFailureRate, dto.timeToRestore]) {
      expect(metric.value).not.toBeNull();
      expect(metric.band).not.toBeNull();
    }
    // Yesterday's P1 and the PI's incidents restored in the last 30 days give the restore time.
    expect(dto.timeToRestore.count).toBeGreaterThan(1);
    expect(dto.deploymentFrequency.trend.filter((n) => n! > 0).length).toBeGreaterThanOrEqual(10);
  });
});
