import { z } from 'zod';

// Request bodies of the console's objectives API (server only: zod stays out of client bundles).

/** Business value on SAFe's 1-10 scale (actual may be 0: nothing of it delivered). */
const businessValue = (min: 0 | 1) =>
  z
    .number({ error: (issue) => (issue.input === undefined || issue.input === null ? 'is required' : 'must be a number') })
    .int('must be a whole number')
    .min(min, `must be from ${min} to 10`)
    .max(10, `must be from ${min} to 10`);

const teamSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a team');
const title = z.string().trim().min(1, 'is required').max(500, 'must be 500 characters at most');
const committed = z.boolean({ error: 'must be yes or no' });
/** Blank means not rated yet. */
const actualValue = businessValue(0).nullable();

export const createObjectiveSchema = z.object({
  piId: z.number().int().positive().max(2 ** 31 - 1),
  teamSlug,
  title,
  committed,
  plannedValue: businessValue(1),
  actualValue: actualValue.default(null),
});

export const updateObjectiveSchema = z
  .object({ teamSlug, title, committed, plannedValue: businessValue(1), actualValue })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');

export type CreateObjectiveInput = z.infer<typeof createObjectiveSchema>;
export type UpdateObjectiveInput = z.infer<typeof updateObjectiveSchema>;
