import { z } from 'zod';

// Request bodies of the console's risks API (server only: zod stays out of client bundles).

const slug = (what: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, `must be a ${what}`);
const title = z.string().trim().min(1, 'is required').max(500, 'must be 500 characters at most');
const impact = z.enum(['low', 'medium', 'high', 'critical'], { error: 'must be low, medium, high or critical' });
const roam = z.enum(['unroamed', 'resolved', 'owned', 'accepted', 'mitigated'], { error: 'must be a ROAM state' });
/** Blank means nobody (owner) or nothing (description). */
const blankIsNull = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters at most`)
    .nullable()
    .transform((value) => (value === null || value === '' ? null : value));
const owner = blankIsNull(120);
const description = blankIsNull(4000);
/** null: the whole train's risk, not one team's. */
const teamSlug = slug('team').nullable();

export const createRiskSchema = z.object({
  trainSlug: slug('train'),
  teamSlug,
  /** null: not tied to a PI (shown in every PI until resolved). */
  piId: z.number().int().positive().max(2 ** 31 - 1).nullable(),
  title,
  impact: impact.default('medium'),
  owner: owner.default(null),
  description: description.default(null),
});

export const updateRiskSchema = z
  .object({ teamSlug, title, impact, owner, description, roam })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');

export type CreateRiskInput = z.infer<typeof createRiskSchema>;
export type UpdateRiskInput = z.infer<typeof updateRiskSchema>;
