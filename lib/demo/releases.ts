import type { Kysely } from 'kysely';
import { insertEnvironments } from '../../db/queries/environments';
import type { Database, GateState, ReleaseGateKind } from '../../db/schema';
import type { IngestEvent } from '../ingest/schema';
import { atWorkingDay, DAYS_PER_ITERATION, type DemoCalendar } from './calendar';
import { DEMO_TRAIN } from './catalogue';
import { DEMO_ENVIRONMENTS, demoReleases } from './release-catalogue';

const HOUR_MS = 3_600_000;

/** Defines the demo train's environments (as the RTE would in the console), from DEMO_ENVIRONMENTS. */
export async function seedDemoEnvironments(db: Kysely<Database>, trainId: number): Promise<void> {
  await insertEnvironments(
    db,
    DEMO_ENVIRONMENTS.map((e, position) => ({ train_id: trainId, key: e.key, name: e.name, production: e.production, position })),
  );
}

interface DemoDecision {
  gate: ReleaseGateKind;
  state: GateState;
  by: string | null;
  /** Working days before the current iteration started (negative) or into it, and the minute of that day. */
  day: number;
  minute: number;
  note?: string;
}

const CAB = 'Eva Jansen';
const CISO = 'Marco Bianchi';
const QA = 'Lena Vogel';
const OPS = 'Sam Okoye';

/**
 * The gate decisions by release: Payments nearly ready (QA still pending), Mobile's security review rejected, the
 * major Checkout release waiting for its ATO, and Search with no gate decided at all (no rows: all pending).
 */
const DECISIONS: Record<string, DemoDecision[]> = {
  'REL-PAY-2.4': [
    { gate: 'change_approval', state: 'approved', by: CAB, day: -3, minute: 14 * 60 },
    { gate: 'security_review', state: 'approved', by: CISO, day: -2, minute: 11 * 60 },
    { gate: 'dr_docs', state: 'approved', by: OPS, day: -1, minute: 15 * 60 + 30 },
    { gate: 'qa_signoff', state: 'pending', by: null, day: -1, minute: 9 * 60 },
  ],
  'REL-MOB-5.2': [
    { gate: 'change_approval', state: 'approved', by: CAB, day: -6, minute: 14 * 60 },
    { gate: 'qa_signoff', state: 'approved', by: QA, day: -4, minute: 16 * 60 },
    { gate: 'security_review', state: 'rejected', by: CISO, day: -1, minute: 10 * 60 + 30, note: 'Critical finding in the login SDK: upgrade first.' },
  ],
  'REL-CHK-3.0': [
    { gate: 'change_approval', state: 'approved', by: CAB, day: -2, minute: 14 * 60 },
    { gate: 'ato', state: 'pending', by: null, day: -2, minute: 14 * 60 + 5, note: 'ATO package with the authorising official.' },
  ],
};

/** The releases and gate decisions the demo train's tools would have sent by `now` (none later). */
export function demoReleaseEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const train = DEMO_TRAIN.slug;
  // The current iteration's first working day; decisions were taken in the days before it.
  const currentStart = (calendar.current.number - 1) * DAYS_PER_ITERATION;
  const notAfterNow = (at: Date) => new Date(Math.min(at.getTime(), now.getTime() - HOUR_MS));
  const announcedAt = notAfterNow(atWorkingDay(calendar, timeZone, 0, 9 * 60)).toISOString();

  return demoReleases(calendar).flatMap((release): IngestEvent[] => [
    {
      id: `demo-release-${release.key}`,
      type: 'release.upserted',
      occurredAt: announcedAt,
      data: {
        key: release.key,
        train,
        name: release.name,
        version: release.version,
        major: release.major,
        targetDate: release.targetDate,
        plannedDate: release.plannedDate,
        releasedAt: null,
        cancelled: false,
      },
    },
    ...(DECISIONS[release.key] ?? []).map((d): IngestEvent => {
      const at = notAfterNow(atWorkingDay(calendar, timeZone, currentStart + d.day, d.minute)).toISOString();
      return {
        id: `demo-gate-${release.key}-${d.gate}`,
        type: 'release_gate.decided',
        occurredAt: at,
        data: { release: release.key, gate: d.gate, state: d.state, decidedBy: d.by, decidedAt: d.state === 'pending' ? null : at, note: d.note ?? null },
      };
    }),
  ]);
}
