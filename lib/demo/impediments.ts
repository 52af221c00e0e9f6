import type { IngestEvent } from '../ingest/schema';
import { todayIn } from '../time/calendar';
import { atWorkingDay, type DemoCalendar } from './calendar';
import { DEMO_TRAIN } from './catalogue';

/**
 * A working day of the PI: by its index from 0 (days 0-19 are always past: today is in iteration 3, days 20-29),
 * or counted back from today (1: the last working day before today).
 */
type Day = { day: number } | { daysAgo: number };

interface DemoImpediment {
  key: string;
  title: string;
  description?: string;
  /** null: the whole train's impediment. */
  team: string | null;
  owner: string | null;
  opened: Day;
  /** Escalated on this day (it stays so). */
  escalated?: Day;
  resolved?: Day;
}

/**
 * What the Scrum Masters and the RTE have logged this PI: six open (Comet two, Atlas, Fjord, Dynamo and one of the
 * train; Atlas's escalated), six resolved along the way, and nothing for Borealis and Ember now.
 */
const DEMO_IMPEDIMENTS: readonly DemoImpediment[] = [
  {
    key: 'IMP-104',
    title: 'Payments sandbox answers 503 to every test card',
    description: 'The provider moved the sandbox to a new cluster; our tickets to them go unanswered.',
    team: 'atlas',
    owner: 'Priya Shah',
    opened: { day: 12 },
    escalated: { day: 15 },
  },
  {
    key: 'IMP-108',
    title: 'Security review of the new OAuth scopes not scheduled',
    team: 'comet',
    owner: 'Lars de Vries',
    opened: { day: 17 },
  },
  {
    key: 'IMP-110',
    title: 'Shared staging database refreshed without notice',
    team: 'fjord',
    owner: null,
    opened: { daysAgo: 4 },
  },
  {
    key: 'IMP-111',
    title: 'Load-test tool licence stuck in procurement',
    description: 'Purchase order waits for a second signature from finance.',
    team: null,
    owner: 'Maria Jansen',
    opened: { daysAgo: 3 },
  },
  {
    key: 'IMP-112',
    title: 'Checkout copy waits for legal sign-off',
    team: 'comet',
    owner: 'Sofia Costa',
    opened: { daysAgo: 2 },
  },
  {
    key: 'IMP-113',
    title: 'Two developers pulled into the incident rota',
    team: 'dynamo',
    owner: 'Tom Bakker',
    opened: { daysAgo: 1 },
  },
  { key: 'IMP-101', title: 'Build agents run out of disk', team: 'borealis', owner: 'Jonas Berg', opened: { day: 1 }, resolved: { day: 3 } },
  { key: 'IMP-102', title: 'Billing API contract unclear', team: 'ember', owner: 'Aisha Khan', opened: { day: 4 }, resolved: { day: 9 } },
  { key: 'IMP-103', title: 'VPN drops for the Lisbon contractors', team: 'atlas', owner: null, opened: { day: 7 }, resolved: { day: 8 } },
  { key: 'IMP-105', title: 'System demo room double-booked', team: null, owner: 'Maria Jansen', opened: { day: 8 }, resolved: { day: 9 } },
  {
    key: 'IMP-106',
    title: 'Flaky end-to-end suite blocks merges',
    team: 'fjord',
    owner: 'Noor Visser',
    opened: { day: 11 },
    escalated: { day: 13 },
    resolved: { day: 16 },
  },
  { key: 'IMP-107', title: 'Product owner on leave: no refinement', team: 'ember', owner: 'Aisha Khan', opened: { day: 14 }, resolved: { day: 18 } },
];

/** Minutes past midnight, different for each impediment and step, within office hours (09:00-16:59). */
const minuteOf = (key: string, step: number) => 9 * 60 + ((Number(key.slice(4)) * 97 + step * 131) % 480);

/** Each impediment as its tracker sends it: opened, escalated, resolved, each step the whole state; none after `now`. */
export function demoImpedimentEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const today = todayIn(timeZone, now);
  // Working days before today: "1 day ago" is the last of them.
  const past = calendar.workingDays.filter((date) => date < today).length;
  const instant = (day: Day, key: string, step: number) => atWorkingDay(calendar, timeZone, 'day' in day ? day.day : past - day.daysAgo, minuteOf(key, step));

  const events: IngestEvent[] = [];
  for (const item of DEMO_IMPEDIMENTS) {
    const openedAt = instant(item.opened, item.key, 0);
    const escalatedAt = item.escalated && instant(item.escalated, item.key, 1);
    const resolvedAt = item.resolved && instant(item.resolved, item.key, 2);
    const steps = [openedAt, escalatedAt, resolvedAt].filter((at): at is Date => at instanceof Date && at <= now);
    for (const at of steps) {
      events.push({
        id: `demo-impediment-${item.key}-${at.toISOString()}`,
        type: 'impediment.upserted',
        occurredAt: at.toISOString(),
        data: {
          key: item.key,
          train: DEMO_TRAIN.slug,
          team: item.team,
          title: item.title,
          description: item.description ?? null,
          owner: item.owner,
          escalated: !!escalatedAt && at >= escalatedAt,
          openedAt: openedAt.toISOString(),
          resolvedAt: resolvedAt && at >= resolvedAt ? resolvedAt.toISOString() : null,
        },
      });
    }
  }
  return events.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
}
