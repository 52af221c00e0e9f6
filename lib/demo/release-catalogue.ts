import { addDays, type CalendarDate } from '../time/calendar';
import type { DemoCalendar } from './calendar';

// The demo train's pipeline and releases, shared by the release board's demo (releases, gates) and DORA's
// (the deployments that carry these versions through the environments).

/** Left to right on the departure board; production deployments count for DORA. */
export const DEMO_ENVIRONMENTS = [
  { key: 'dev', name: 'Dev', production: false },
  { key: 'test', name: 'Test', production: false },
  { key: 'staging', name: 'Staging', production: false },
  { key: 'production', name: 'Production', production: true },
] as const;

export type DemoEnvironmentKey = (typeof DEMO_ENVIRONMENTS)[number]['key'];

export interface DemoRelease {
  key: string;
  name: string;
  version: string;
  major: boolean;
  /** First promised, and promised now (later: it slipped). */
  plannedDate: CalendarDate;
  targetDate: CalendarDate;
  /** The furthest environment its version has reached by now (its deployments are DORA's demo's to send). */
  reached: DemoEnvironmentKey | null;
}

/**
 * Releases around today (the demo PI's third iteration): one about to depart, one slipped, a major one later in the
 * PI, and one that only just started its way through the pipeline.
 */
export function demoReleases(calendar: DemoCalendar): DemoRelease[] {
  const current = calendar.current;
  const next = calendar.iterations[3]!;
  return [
    { key: 'REL-PAY-2.4', name: 'Payments', version: '2.4.0', major: false, plannedDate: current.endDate, targetDate: current.endDate, reached: 'staging' },
    { key: 'REL-MOB-5.2', name: 'Mobile app', version: '5.2.0', major: false, plannedDate: calendar.iterations[1]!.endDate, targetDate: addDays(current.endDate, 3), reached: 'test' },
    { key: 'REL-CHK-3.0', name: 'Checkout', version: '3.0.0', major: true, plannedDate: next.endDate, targetDate: next.endDate, reached: 'dev' },
    { key: 'REL-SRC-1.9', name: 'Search', version: '1.9.0', major: false, plannedDate: addDays(next.startDate, 2), targetDate: addDays(next.startDate, 2), reached: 'dev' },
  ];
}
