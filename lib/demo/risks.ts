import type { IngestEvent } from '../ingest/schema';
import type { RiskImpact, RoamState } from '../panels/risks/types';
import { zonedTimeToUtc } from '../time/calendar';
import { atWorkingDay, type DemoCalendar } from './calendar';
import { DEMO_TRAIN } from './catalogue';

/** When something happened: a minute of PI planning's last day, or of a working day of the PI (index from 0). */
type Moment = { planning: number } | { day: number; minute: number };

interface DemoRisk {
  key: string;
  title: string;
  description?: string;
  /** null: the whole train's risk. */
  team: string | null;
  /** false: raised during the PI, not tied to it. */
  ofPi: boolean;
  impact: RiskImpact;
  owner: string | null;
  raised: Moment;
  /** ROAM decisions after it was raised; none: not yet ROAMed. */
  steps: { roam: Exclude<RoamState, 'unroamed'>; at: Moment }[];
}

const at = (hour: number, minute = 0) => hour * 60 + minute;
/** The ROAM session at the end of PI planning. */
const roamed = (roam: Exclude<RoamState, 'unroamed'>, minute: number) => ({ roam, at: { planning: at(15, minute) } });

/**
 * The risks the teams raised at PI planning, ROAMed in its last session, and how they moved since; two raised in
 * iteration 2, tied to no PI. Today is in iteration 3 (working days 20-29): every moment here is before it.
 * Board: 3 not yet ROAMed, 3 resolved, 4 owned (the wall shows 2 and "+2 more"), 2 accepted, 2 mitigated.
 */
const DEMO_RISKS: readonly DemoRisk[] = [
  {
    key: 'RSK-101',
    title: 'Payment provider retires API v2 before we migrate',
    description: 'The provider announced the end of v2 for the last week of the PI; our move to v3 is planned for the next.',
    team: 'fjord',
    ofPi: true,
    impact: 'critical',
    owner: null,
    raised: { planning: at(11, 10) },
    steps: [],
  },
  {
    key: 'RSK-112',
    title: 'Load test environment not ready before peak season',
    team: null,
    ofPi: false,
    impact: 'high',
    owner: null,
    raised: { day: 13, minute: at(10, 30) },
    steps: [],
  },
  {
    key: 'RSK-109',
    title: 'Legal review of the GDPR export may slip to iteration 5',
    team: 'ember',
    ofPi: true,
    impact: 'medium',
    owner: 'Lena Vogel',
    raised: { planning: at(13, 40) },
    steps: [],
  },
  {
    key: 'RSK-102',
    title: 'Shipping API contract unclear between Comet and Fjord',
    team: 'comet',
    ofPi: true,
    impact: 'high',
    owner: 'Sam Okafor',
    raised: { planning: at(10, 20) },
    steps: [roamed('owned', 5), { roam: 'resolved', at: { day: 6, minute: at(11) } }],
  },
  {
    key: 'RSK-103',
    title: 'Shared staging database too small for parallel test runs',
    team: 'atlas',
    ofPi: true,
    impact: 'medium',
    owner: 'Priya Nair',
    raised: { planning: at(10, 45) },
    steps: [roamed('owned', 10), { roam: 'resolved', at: { day: 11, minute: at(14, 15) } }],
  },
  {
    key: 'RSK-104',
    title: 'SSO vendor sandbox access still pending',
    team: 'dynamo',
    ofPi: true,
    impact: 'medium',
    owner: 'Jonas Berg',
    raised: { planning: at(11, 30) },
    steps: [roamed('owned', 12), { roam: 'resolved', at: { day: 2, minute: at(9, 40) } }],
  },
  {
    key: 'RSK-105',
    title: 'Redis session migration needs a maintenance window',
    team: 'atlas',
    ofPi: true,
    impact: 'high',
    owner: 'Priya Nair',
    raised: { planning: at(12, 5) },
    steps: [roamed('owned', 15)],
  },
  {
    key: 'RSK-106',
    title: 'Only one engineer knows the invoice PDF engine',
    description: 'Pairing sessions planned every Tuesday; a second engineer takes the next PDF change.',
    team: 'fjord',
    ofPi: true,
    impact: 'high',
    owner: 'Tom Eriksen',
    raised: { planning: at(12, 20) },
    steps: [roamed('owned', 18)],
  },
  {
    key: 'RSK-107',
    title: 'Holidays cut Ember’s capacity in iteration 4',
    team: 'ember',
    ofPi: true,
    impact: 'medium',
    owner: 'Lena Vogel',
    raised: { planning: at(13, 55) },
    steps: [roamed('owned', 20)],
  },
  {
    key: 'RSK-114',
    title: 'Comet’s only mobile developer on leave from iteration 4',
    team: 'comet',
    ofPi: false,
    impact: 'medium',
    owner: 'Sam Okafor',
    raised: { day: 16, minute: at(9, 15) },
    steps: [{ roam: 'owned', at: { day: 17, minute: at(11, 30) } }],
  },
  {
    key: 'RSK-108',
    title: 'Dark mode may look off on Android 9 and older',
    team: 'borealis',
    ofPi: true,
    impact: 'low',
    owner: 'Ana Souza',
    raised: { planning: at(14, 10) },
    steps: [roamed('accepted', 25)],
  },
  {
    key: 'RSK-110',
    title: 'German translations may arrive late in the PI',
    team: 'ember',
    ofPi: true,
    impact: 'low',
    owner: 'Katrin Meyer',
    raised: { planning: at(14, 25) },
    steps: [roamed('accepted', 27)],
  },
  {
    key: 'RSK-111',
    title: 'Black Friday traffic could exceed checkout capacity',
    description: 'Autoscaling limits raised and a checkout queue added; load test again before the peak.',
    team: null,
    ofPi: true,
    impact: 'critical',
    owner: 'Riley Jansen',
    raised: { planning: at(9, 50) },
    steps: [roamed('owned', 2), { roam: 'mitigated', at: { day: 12, minute: at(16) } }],
  },
  {
    key: 'RSK-113',
    title: 'Partner identity provider may rate-limit sign-ins',
    team: 'dynamo',
    ofPi: true,
    impact: 'medium',
    owner: 'Jonas Berg',
    raised: { planning: at(11, 45) },
    steps: [roamed('owned', 30), { roam: 'mitigated', at: { day: 9, minute: at(10, 20) } }],
  },
];

/** The risk events the train's tracker would have sent by `now`: each risk raised, then each ROAM decision. */
export function demoRiskEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const instant = (moment: Moment) =>
    'planning' in moment ? zonedTimeToUtc(calendar.planningDate, moment.planning, timeZone) : atWorkingDay(calendar, timeZone, moment.day, moment.minute);
  return DEMO_RISKS.flatMap((risk) => {
    const raisedAt = instant(risk.raised).toISOString();
    const states = [{ roam: 'unroamed' as RoamState, at: risk.raised }, ...risk.steps];
    return states.map(
      (state, n): IngestEvent => ({
        id: `demo-${risk.key}-${n + 1}`,
        type: 'risk.upserted',
        occurredAt: instant(state.at).toISOString(),
        data: {
          key: risk.key,
          train: DEMO_TRAIN.slug,
          team: risk.team,
          pi: risk.ofPi ? calendar.piName : null,
          title: risk.title,
          description: risk.description ?? null,
          // A risk gets its owner when it is ROAMed; one not ROAMed yet may have a volunteer already.
          owner: n === 0 && risk.steps.length > 0 ? null : risk.owner,
          impact: risk.impact,
          roam: state.roam,
          raisedAt,
        },
      }),
    );
  }).filter((event) => Date.parse(event.occurredAt) <= now.getTime());
}
