import { z } from 'zod';
import type { KpiDirection } from '../panels/kpis/types';
import { KPI_KEY_PATTERN, kpiKeyFromName } from './key';

// Request bodies of the console's KPI API (server only: zod stays out of client bundles).

const trainSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a train');
const name = z.string().trim().min(1, 'is required').max(60, 'must be 60 characters at most');
const unit = z.string().trim().max(12, 'must be 12 characters at most');
const direction = z.enum(['higher', 'lower'], { error: 'must be higher or lower' });
const amount = z.number({ error: (issue) => (issue.input === undefined || issue.input === null || issue.input === '' ? 'is required' : 'must be a number') });
const position = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').max(999, 'must be 999 at most');

/**
 * Why warnAt lies on the wrong side of the target, or undefined when it is right: amber runs from the target
 * away from good, so warnAt is at or below a higher-is-better target and at or above a lower-is-better one.
 */
export function thresholdProblem(kpi: { direction: KpiDirection; target: number; warnAt: number }): string | undefined {
  if (kpi.direction === 'higher' && kpi.warnAt > kpi.target) return `must be at or below the target (${kpi.target}) when higher is better`;
  if (kpi.direction === 'lower' && kpi.warnAt < kpi.target) return `must be at or above the target (${kpi.target}) when lower is better`;
  return undefined;
}

/** A refusal of one field, as the console's forms show it (a 400 with issues). */
export function fieldRefusal(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);
}

export const createKpiSchema = z
  .object({
    trainSlug,
    name,
    /** Blank: made from the name. */
    key: z.string().trim().max(60, 'must be 60 characters at most').default(''),
    unit: unit.default(''),
    direction,
    target: amount,
    warnAt: amount,
    position: position.default(0),
  })
  .transform((input) => ({ ...input, key: input.key || kpiKeyFromName(input.name) }))
  .superRefine((input, ctx) => {
    if (!KPI_KEY_PATTERN.test(input.key)) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'must be lowercase letters, digits and dashes, e.g. "uptime"' });
    }
    const problem = thresholdProblem(input);
    if (problem) ctx.addIssue({ code: 'custom', path: ['warnAt'], message: problem });
  });

/** The key is not here: feeds name the KPI by it, so it never changes. */
export const updateKpiSchema = z
  .object({ name, unit, direction, target: amount, warnAt: amount, position })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');

export const recordKpiValueSchema = z.object({ value: amount });

export type CreateKpiInput = z.infer<typeof createKpiSchema>;
export type UpdateKpiInput = z.infer<typeof updateKpiSchema>;
