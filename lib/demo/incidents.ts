import type { IngestEvent } from '../ingest/schema';
import { addDays, mondayOf, todayIn, zonedTimeToUtc } from '../time/calendar';
import { atWorkingDay, type DemoCalendar } from './calendar';
import { DEMO_TRAIN } from './catalogue';

const train = DEMO_TRAIN.slug;
const MINUTE_MS = 60_000;

interface DemoIncident {
  key: string;
  priority: number;
  title: string;
  service: string;
  team: string;
  startedAt: Date;
  /** Minutes to restore; null: still open. */
  restoredAfter: number | null;
}

/** Incidents restored during the PI: a working day of it, the minute they started, and how long they took. */
const RESTORED_IN_PI: { day: number; minute: number; priority: number; title: string; service: string; team: string; minutes: number }[] = [
  { day: 1, minute: 10 * 60 + 20, priority: 2, title: 'Checkout returns 502 for card payments', service: 'checkout-api', team: 'atlas', minutes: 48 },
  { day: 3, minute: 14 * 60 + 5, priority: 3, title: 'Search results miss newly listed products', service: 'search', team: 'borealis', minutes: 215 },
  { day: 6, minute: 9 * 60 + 40, priority: 3, title: 'Password reset emails arrive late', service: 'notifications', team: 'ember', minutes: 110 },
  { day: 9, minute: 16 * 60 + 30, priority: 4, title: 'Admin report export times out', service: 'reporting', team: 'dynamo', minutes: 1200 },
  { day: 12, minute: 11 * 60 + 15, priority: 2, title: 'Mobile app login fails for SSO users', service: 'identity', team: 'comet', minutes: 72 },
  { day: 15, minute: 8 * 60 + 50, priority: 3, title: 'Invoice PDFs render without the logo', service: 'billing', team: 'fjord', minutes: 260 },
  { day: 18, minute: 13 * 60 + 30, priority: 2, title: 'Order status page slow (p95 over 4 s)', service: 'orders-api', team: 'atlas', minutes: 125 },
];

/** Names and contacts of the on-call rota; secondaries are three weeks behind the primaries. */
const ROTA = [
  { person: 'Priya Natarajan', contact: '+31 20 555 0142' },
  { person: 'Tom Becker', contact: '+31 20 555 0178' },
  { person: 'Sofia Rossi', contact: '+31 20 555 0119' },
  { person: 'Jonas Lind', contact: '+31 20 555 0163' },
  { person: 'Amara Okafor', contact: '+31 20 555 0105' },
  { person: 'Lucas Martin', contact: '+31 20 555 0187' },
];
const HANDOVER_MINUTE = 9 * 60;

function demoIncidents(calendar: DemoCalendar, timeZone: string, now: Date): DemoIncident[] {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE_MS);
  return [
    // Restored before the PI started: outside this PI's mean time to restore.
    {
      key: 'INC-2041',
      priority: 2,
      title: 'Nightly stock sync stalled',
      service: 'inventory',
      team: 'dynamo',
      startedAt: zonedTimeToUtc(addDays(calendar.startDate, -4), 15 * 60, timeZone),
      restoredAfter: 180,
    },
    ...RESTORED_IN_PI.map((incident, n) => ({
      key: `INC-${2044 + n * 3}`,
      priority: incident.priority,
      title: incident.title,
      service: incident.service,
      team: incident.team,
      startedAt: atWorkingDay(calendar, timeZone, incident.day, incident.minute),
      restoredAfter: incident.minutes,
    })),
    // Yesterday's P1, restored; and two open now.
    { key: 'INC-2067', priority: 1, title: 'Payments down in the EU region', service: 'payments', team: 'borealis', startedAt: ago(22 * 60), restoredAfter: 145 },
    { key: 'INC-2069', priority: 3, title: 'Delivery date missing from order confirmation emails', service: 'notifications', team: 'ember', startedAt: ago(30 * 60 + 10), restoredAfter: null },
    { key: 'INC-2070', priority: 2, title: 'Product images load slowly on mobile', service: 'media-cdn', team: 'comet', startedAt: ago(2 * 60 + 35), restoredAfter: null },
  ];
}

function incidentEvents(incident: DemoIncident): IngestEvent[] {
  const state = (resolvedAt: Date | null, occurredAt: Date, step: string): IngestEvent => ({
    id: `demo-${incident.key}-${step}`,
    type: 'incident.upserted',
    occurredAt: occurredAt.toISOString(),
    data: {
      key: incident.key,
      train,
      team: incident.team,
      title: incident.title,
      service: incident.service,
      priority: incident.priority,
      startedAt: incident.startedAt.toISOString(),
      resolvedAt: resolvedAt && resolvedAt.toISOString(),
    },
  });
  // The monitoring tool opens the incident a few minutes after it starts, and sends it again once restored.
  const opened = state(null, new Date(incident.startedAt.getTime() + 4 * MINUTE_MS), 'opened');
  if (incident.restoredAfter === null) return [opened];
  const restoredAt = new Date(incident.startedAt.getTime() + incident.restoredAfter * MINUTE_MS);
  return [opened, state(restoredAt, restoredAt, 'restored')];
}

/**
 * The weekly rota as the console stores it (keys rota-<train>-<Monday>-<role>), from three weeks ago to four weeks
 * ahead, handed over on Mondays at 09:00; typed in at PI planning. Plus one swap a pager tool sent this morning.
 */
function rotaEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const thisMonday = mondayOf(todayIn(timeZone, now));
  const typedAt = zonedTimeToUtc(calendar.planningDate, 16 * 60, timeZone).toISOString();
  const events: IngestEvent[] = [];
  for (let week = -3; week <= 4; week++) {
    const monday = addDays(thisMonday, 7 * week);
    const startsAt = zonedTimeToUtc(monday, HANDOVER_MINUTE, timeZone).toISOString();
    const endsAt = zonedTimeToUtc(addDays(monday, 7), HANDOVER_MINUTE, timeZone).toISOString();
    const slot = week + 3;
    for (const [role, who] of [
      ['primary', ROTA[slot % ROTA.length]!],
      ['secondary', ROTA[(slot + 3) % ROTA.length]!],
    ] as const) {
      events.push({
        id: `demo-rota-${monday}-${role}`,
        type: 'oncall_shift.upserted',
        occurredAt: typedAt,
        data: { key: `rota-${train}-${monday}-${role}`, train, role, person: who.person, contact: who.contact, startsAt, endsAt },
      });
    }
  }
  // Next week's secondary swaps Wednesday to Thursday with a colleague: the console shows it beside the rota.
  const swapDay = addDays(thisMonday, 9);
  events.push({
    id: `demo-pager-swap-${swapDay}`,
    type: 'oncall_shift.upserted',
    occurredAt: new Date(now.getTime() - 60 * MINUTE_MS).toISOString(),
    data: {
      key: `pager-override-${swapDay}`,
      train,
      role: 'secondary',
      person: 'Mei Chen',
      contact: '+31 20 555 0131',
      startsAt: zonedTimeToUtc(swapDay, HANDOVER_MINUTE, timeZone).toISOString(),
      endsAt: zonedTimeToUtc(addDays(swapDay, 1), HANDOVER_MINUTE, timeZone).toISOString(),
    },
  });
  return events;
}

/**
 * What the demo train's incident and on-call tools would have sent by `now`, oldest first: incidents restored
 * during the PI (and one before it), yesterday's P1, two open now, and the on-call rota.
 */
export function demoIncidentEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const events = [...demoIncidents(calendar, timeZone, now).flatMap(incidentEvents), ...rotaEvents(calendar, timeZone, now)];
  return events.filter((e) => Date.parse(e.occurredAt) <= now.getTime()).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
