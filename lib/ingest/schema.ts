import { z } from 'zod';

export const MAX_EVENTS_PER_BATCH = 1_000;
export const MAX_BODY_BYTES = 1_000_000;
/** Clocks drift; an event from further in the future than this is refused, as it would outrank every real change. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a team slug: lowercase letters, digits and dashes');

const occurredAt = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-24T09:30:00Z' })
  .refine((value) => !(Date.parse(value) > Date.now() + FUTURE_TOLERANCE_MS), 'must not be in the future');

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
  }),
});

export const ingestEventSchema = z.discriminatedUnion('type', [workItemUpserted]);
export const ingestBatchSchema = z.object({
  events: z.array(ingestEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

export type IngestEvent = z.infer<typeof ingestEventSchema>;
export type WorkItemUpserted = z.infer<typeof workItemUpserted>;

export interface FieldProblem {
  path: string;
  message: string;
}

export function describeIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}
