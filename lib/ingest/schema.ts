import { z } from 'zod';

export const MAX_EVENTS_PER_BATCH = 1_000;
export const MAX_BODY_BYTES = 1_000_000;
/** Clocks drift; an event from further in the future than this is refused, as it would outrank every real change. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a team slug: lowercase letters, digits and dashes');

const occurredAt = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-24T09:30:00Z' })
  .refine((value) => !(Date.parse(value) > Date.now() + FUTURE_TOLERANCE_MS), 'must not be in the future');

const calendarDate = z.iso.date({ message: 'must be a calendar date, e.g. 2026-11-24' });
const key = z.string().trim().min(1).max(100);
const title = z.string().trim().min(1).max(500);
const statusCategory = z.enum(['not_started', 'active', 'waiting', 'done']);

const envelope = <T extends string>(type: T) => ({ id: z.string().min(1).max(200), type: z.literal(type), occurredAt });

const dateRange = <T extends { startDate: string; endDate: string }>(value: T) => value.startDate <= value.endDate;
const dateRangeProblem = { message: 'startDate must not be after endDate', path: ['endDate'] };

const iteration = z
  .object({
    code: key,
    name: z.string().trim().min(1).max(100).optional(),
    kind: z.enum(['regular', 'ip']).default('regular'),
    startDate: calendarDate,
    endDate: calendarDate,
  })
  .refine(dateRange, dateRangeProblem);

/** A PI and its iterations (numbered in the order given), replacing what the train had under the same name and codes. */
const piUpserted = z.object({
  ...envelope('pi.upserted'),
  data: z
    .object({
      train: slug,
      name: z.string().trim().min(1).max(60),
      startDate: calendarDate,
      endDate: calendarDate,
      iterations: z.array(iteration).max(20).default([]),
    })
    .refine(dateRange, dateRangeProblem)
    .superRefine((pi, ctx) => {
      const codes = new Set<string>();
      pi.iterations.forEach((it, index) => {
        if (it.startDate < pi.startDate || it.endDate > pi.endDate) {
          ctx.addIssue({ code: 'custom', path: ['iterations', index], message: 'must lie within the PI' });
        }
        if (codes.has(it.code)) ctx.addIssue({ code: 'custom', path: ['iterations', index, 'code'], message: 'is repeated' });
        codes.add(it.code);
      });
    }),
});

/** A PI planning event or a system demo on the train's calendar, keyed by the feed. */
const calendarEventUpserted = z.object({
  ...envelope('calendar_event.upserted'),
  data: z
    .object({
      train: slug,
      key,
      kind: z.enum(['pi_planning', 'system_demo']),
      title: z.string().trim().min(1).max(120),
      startDate: calendarDate,
      endDate: calendarDate,
    })
    .refine(dateRange, dateRangeProblem),
});

/** A feature or enabler of the train's backlog; pi null leaves it unplanned. */
const featureUpserted = z.object({
  ...envelope('feature.upserted'),
  data: z.object({
    key,
    train: slug,
    pi: z.string().trim().min(1).max(60).nullable(),
    title,
    kind: z.enum(['feature', 'enabler']),
    status: z.string().trim().min(1).max(60),
    points: z.number().min(0).max(10_000).nullable().default(null),
  }),
});

/** A team's PI objective; actualValue stays null until it is rated at the system demo. */
const objectiveUpserted = z.object({
  ...envelope('objective.upserted'),
  data: z.object({
    key,
    team: slug,
    pi: z.string().trim().min(1).max(60),
    title,
    committed: z.boolean(),
    plannedValue: z.number().int('must be a whole number').min(1).max(10),
    actualValue: z.number().int('must be a whole number').min(0).max(10).nullable().default(null),
  }),
});

/** Maps one of a train's own status names to a category, for the events that follow. */
const statusMappingSet = z.object({
  ...envelope('status_mapping.set'),
  data: z.object({
    train: slug,
    status: z.string().trim().min(1).max(60),
    category: statusCategory,
  }),
});

/** An instant that has happened: when something was opened, raised or started. */
const pastInstant = occurredAt;
/** Any instant, past or future (an on-call shift is planned ahead). */
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-24T09:30:00Z' });
/** A person's name as the wall shows it (as text, never HTML). */
const person = z.string().trim().min(1).max(120);
const description = z.string().trim().max(4000).nullable().default(null);
const notBefore = (later: string, earlier: string, message: string) => ({
  check: (value: Record<string, unknown>) => value[later] == null || Date.parse(String(value[later])) >= Date.parse(String(value[earlier])),
  problem: { message, path: [later] },
});
const resolvedAfterOpened = notBefore('resolvedAt', 'openedAt', 'resolvedAt must not be before openedAt');
const resolvedAfterStarted = notBefore('resolvedAt', 'startedAt', 'resolvedAt must not be before startedAt');

/** An impediment of a team (or of the train, team null); open until resolvedAt is set. */
const impedimentUpserted = z.object({
  ...envelope('impediment.upserted'),
  data: z
    .object({
      key,
      train: slug,
      team: slug.nullable().default(null),
      title,
      description,
      owner: person.nullable().default(null),
      escalated: z.boolean().default(false),
      openedAt: pastInstant,
      resolvedAt: pastInstant.nullable().default(null),
    })
    .refine(resolvedAfterOpened.check, resolvedAfterOpened.problem),
});

/** A risk and its ROAM state; pi names the PI whose planning raised it (null: not tied to a PI). */
const riskUpserted = z.object({
  ...envelope('risk.upserted'),
  data: z.object({
    key,
    train: slug,
    team: slug.nullable().default(null),
    pi: z.string().trim().min(1).max(60).nullable().default(null),
    title,
    description,
    owner: person.nullable().default(null),
    impact: z.enum(['low', 'medium', 'high', 'critical']),
    roam: z.enum(['unroamed', 'resolved', 'owned', 'accepted', 'mitigated']).default('unroamed'),
    raisedAt: pastInstant,
  }),
});

/** A production incident, priority 1 (P1) to 5; open until resolvedAt (service restored) is set. */
const incidentUpserted = z.object({
  ...envelope('incident.upserted'),
  data: z
    .object({
      key,
      train: slug,
      team: slug.nullable().default(null),
      title,
      service: z.string().trim().min(1).max(120).nullable().default(null),
      priority: z.number().int('must be a whole number').min(1).max(5),
      startedAt: pastInstant,
      resolvedAt: pastInstant.nullable().default(null),
    })
    .refine(resolvedAfterStarted.check, resolvedAfterStarted.problem),
});

/** One on-call shift of the train's rota; a resend with the same key moves or reassigns it. */
const onCallShiftUpserted = z.object({
  ...envelope('oncall_shift.upserted'),
  data: z
    .object({
      key,
      train: slug,
      role: z.enum(['primary', 'secondary']),
      person,
      contact: z.string().trim().min(1).max(60).nullable().default(null),
      startsAt: instant,
      endsAt: instant,
    })
    .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: 'endsAt must be after startsAt', path: ['endsAt'] })
    .refine((s) => Date.parse(s.endsAt) - Date.parse(s.startsAt) <= 31 * 86_400_000, { message: 'a shift lasts 31 days at most', path: ['endsAt'] }),
});

/** A value of a KPI the RTE defined in the console; observedAt defaults to occurredAt. */
const kpiValueRecorded = z.object({
  ...envelope('kpi_value.recorded'),
  data: z.object({
    train: slug,
    kpi: key,
    value: z.number(),
    observedAt: pastInstant.nullable().default(null),
  }),
});

/** A release on the train's departure board; plannedDate (first promised) defaults to targetDate when it is new. */
const releaseUpserted = z.object({
  ...envelope('release.upserted'),
  data: z.object({
    key,
    train: slug,
    name: z.string().trim().min(1).max(120),
    version: z.string().trim().min(1).max(60),
    major: z.boolean().default(false),
    targetDate: calendarDate,
    plannedDate: calendarDate.nullable().default(null),
    releasedAt: pastInstant.nullable().default(null),
    cancelled: z.boolean().default(false),
  }),
});

/** A decision on one gate of a release, named by the release's key; decidedAt defaults to occurredAt. */
const releaseGateDecided = z.object({
  ...envelope('release_gate.decided'),
  data: z.object({
    release: key,
    gate: z.enum(['change_approval', 'security_review', 'ato', 'qa_signoff', 'dr_docs']),
    state: z.enum(['pending', 'approved', 'rejected', 'not_needed']),
    decidedBy: person.nullable().default(null),
    decidedAt: pastInstant.nullable().default(null),
    note: z.string().trim().max(500).nullable().default(null),
  }),
});

/** A deployment of a version to one of the train's environments (by key); deployedAt defaults to occurredAt. */
const deploymentRecorded = z.object({
  ...envelope('deployment.recorded'),
  data: z.object({
    key,
    train: slug,
    environment: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be an environment key, e.g. staging'),
    version: z.string().trim().min(1).max(60),
    status: z.enum(['in_progress', 'succeeded', 'failed', 'rolled_back']),
    deployedAt: pastInstant.nullable().default(null),
    commit: z.string().trim().min(1).max(64).nullable().default(null),
    committedAt: pastInstant.nullable().default(null),
  }),
});

const workItemUpserted = z.object({
  id: z.string().min(1).max(200),
  type: z.literal('work_item.upserted'),
  occurredAt,
  data: z.object({
    key: z.string().trim().min(1).max(100),
    team: slug,
    iteration: z.string().trim().min(1).max(100).nullable(),
    title: z.string().trim().min(1).max(500),
    kind: z.string().trim().toLowerCase().min(1).max(40),
    points: z.number().min(0).max(1_000).nullable().default(null),
    hoursRemaining: z.number().min(0).max(10_000).nullable().default(null),
    status: z.string().trim().min(1).max(60),
    /** Key of the feature or enabler the item belongs to. */
    feature: key.nullable().default(null),
  }),
});

// Quality: what the train's CI, coverage, defect and security tools send (see the quality panel).
const toolName = z.string().trim().min(1).max(120);
const commit = z.string().trim().min(1).max(64).nullable().default(null);
const severity = z.enum(['critical', 'high', 'medium', 'low']);
const count = z.number().int('must be a whole number').min(0).max(10_000_000);
const percent = z.number().min(0).max(100);
const closedAfterOpened = notBefore('closedAt', 'openedAt', 'closedAt must not be before openedAt');

/** A test suite's run summary; ranAt defaults to occurredAt. */
const testRunRecorded = z.object({
  ...envelope('test_run.recorded'),
  data: z.object({
    key,
    train: slug,
    suite: toolName,
    passed: count,
    failed: count,
    skipped: count.default(0),
    durationMs: z.number().int('must be a whole number').min(0).max(2_000_000_000).nullable().default(null),
    commit,
    ranAt: pastInstant.nullable().default(null),
  }),
});

/** A component's (or repository's) coverage; one per train, component and takenAt (defaults to occurredAt). */
const coverageRecorded = z.object({
  ...envelope('coverage.recorded'),
  data: z.object({
    train: slug,
    component: toolName,
    linePct: percent,
    branchPct: percent.nullable().default(null),
    targetPct: percent.nullable().default(null),
    takenAt: pastInstant.nullable().default(null),
  }),
});

/** A CI build of a repository's branch; finishedAt (defaults to occurredAt) is null while in progress. */
const buildRecorded = z.object({
  ...envelope('build.recorded'),
  data: z.object({
    key,
    train: slug,
    repository: toolName,
    branch: z.string().trim().min(1).max(200),
    status: z.enum(['succeeded', 'failed', 'in_progress']),
    finishedAt: pastInstant.nullable().default(null),
    commit,
  }),
});

/** A defect; open until closedAt is set; foundInProduction marks an escaped defect. */
const defectUpserted = z.object({
  ...envelope('defect.upserted'),
  data: z
    .object({
      key,
      train: slug,
      team: slug.nullable().default(null),
      title,
      severity,
      foundInProduction: z.boolean().default(false),
      openedAt: pastInstant,
      closedAt: pastInstant.nullable().default(null),
    })
    .refine(closedAfterOpened.check, closedAfterOpened.problem),
});

/** A finding of a SAST, dependency or DAST scan; open until resolvedAt is set. */
const securityFindingUpserted = z.object({
  ...envelope('security_finding.upserted'),
  data: z
    .object({
      key,
      train: slug,
      source: z.enum(['sast', 'dependency', 'dast']),
      severity,
      title,
      openedAt: pastInstant,
      resolvedAt: pastInstant.nullable().default(null),
    })
    .refine(resolvedAfterOpened.check, resolvedAfterOpened.problem),
});

export const ingestEventSchema = z.discriminatedUnion('type', [
  workItemUpserted,
  piUpserted,
  calendarEventUpserted,
  featureUpserted,
  objectiveUpserted,
  statusMappingSet,
  impedimentUpserted,
  riskUpserted,
  incidentUpserted,
  onCallShiftUpserted,
  kpiValueRecorded,
  releaseUpserted,
  releaseGateDecided,
  deploymentRecorded,
  testRunRecorded,
  coverageRecorded,
  buildRecorded,
  defectUpserted,
  securityFindingUpserted,
]);
export const ingestBatchSchema = z.object({
  events: z.array(ingestEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

export type IngestEvent = z.infer<typeof ingestEventSchema>;
export type IngestEventType = IngestEvent['type'];
export type EventOf<T extends IngestEventType> = Extract<IngestEvent, { type: T }>;
export type WorkItemUpserted = EventOf<'work_item.upserted'>;

export interface FieldProblem {
  path: string;
  message: string;
}

export function describeIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}
