import { z } from 'zod';

// Request bodies of the console's impediments API (server only: zod stays out of client bundles).

const slug = (what: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, `must be a ${what}`);
const title = z.string().trim().min(1, 'is required').max(500, 'must be 500 characters at most');
/** Blank is none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters at most`)
    .nullable()
    .transform((value) => (value === null || value === '' ? null : value));
/** null: the whole train's impediment. */
const teamSlug = slug('team').nullable();

export const createImpedimentSchema = z.object({
  trainSlug: slug('train'),
  teamSlug,
  title,
  owner: optionalText(120).default(null),
  description: optionalText(4000).default(null),
  escalated: z.boolean({ error: 'must be yes or no' }).default(false),
});

export const updateImpedimentSchema = z
  .object({
    teamSlug,
    title,
    owner: optionalText(120),
    description: optionalText(4000),
    escalated: z.boolean({ error: 'must be yes or no' }),
    /** true resolves it now; false reopens it. */
    resolved: z.boolean({ error: 'must be yes or no' }),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');

export type CreateImpedimentInput = z.infer<typeof createImpedimentSchema>;
export type UpdateImpedimentInput = z.infer<typeof updateImpedimentSchema>;
