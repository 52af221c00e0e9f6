import { z } from 'zod';

// Request bodies of the console's releases and environments API (server only: zod stays out of client bundles).

const trainSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a train');
const name = z.string().trim().min(1, 'is required').max(120, 'must be 120 characters at most');
const version = z.string().trim().min(1, 'is required').max(60, 'must be 60 characters at most');
const targetDate = z.iso.date({ message: 'must be a date, e.g. 2026-12-04' });

export const createReleaseSchema = z.object({ trainSlug, name, version, targetDate, major: z.boolean().default(false) });

/** Fields to change, or one of the actions: released (out to production now) or cancelled. */
export const updateReleaseSchema = z
  .object({ name, version, targetDate, major: z.boolean(), released: z.literal(true), cancelled: z.literal(true) })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');

export const gateNames = ['change_approval', 'security_review', 'ato', 'qa_signoff', 'dr_docs'] as const;

export const decideGateSchema = z.object({
  state: z.enum(['pending', 'approved', 'rejected', 'not_needed'], { message: 'must be pending, approved, rejected or not needed' }),
  note: z.string().trim().max(500, 'must be 500 characters at most').nullable().default(null),
});

const environmentName = z.string().trim().min(1, 'is required').max(40, 'must be 40 characters at most');

export const createEnvironmentSchema = z.object({
  trainSlug,
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and dashes, e.g. staging'),
  name: environmentName,
  production: z.boolean().default(false),
});

export const updateEnvironmentSchema = z
  .object({ name: environmentName, production: z.boolean(), move: z.enum(['up', 'down']) })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');
