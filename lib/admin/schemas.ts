import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords';

// Request bodies of the sign-in, setup and users APIs (server only: zod stays out of client bundles).

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter an email address like name@example.com.' }));
const name = z.string().trim().min(1, 'Enter a name.').max(100);
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);
const role = z.enum(['admin', 'editor', 'viewer']);
const teamSlug = z.string().trim().min(1).max(64).nullable();

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH),
});

export const setupSchema = z.object({ email, name, password });

export const newUserSchema = z.object({ email, name, password, role, teamSlug: teamSlug.optional() });

export const userChangesSchema = z
  .object({ name, role, disabled: z.boolean(), teamSlug, password, currentPassword: z.string().max(PASSWORD_MAX_LENGTH) })
  .partial()
  .strict();

export type SignInInput = z.infer<typeof signInSchema>;
export type SetupInput = z.infer<typeof setupSchema>;
export type NewUserInput = z.infer<typeof newUserSchema>;
export type UserChanges = z.infer<typeof userChangesSchema>;
