import { z } from 'zod';
import { MAX_SCHEDULE_RULES } from './console-types';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a slug: lowercase letters, digits and dashes');
const displayName = z.string().trim().min(1, 'is required').max(80, 'must be 80 characters at most');
const playlistId = z.number().int().positive().nullable();

export const claimDisplaySchema = z.object({
  code: z.string().max(40),
  name: displayName,
  trainSlug: slug,
  playlistId: playlistId.optional(),
  teamFilter: slug.nullable().optional(),
});

export const updateDisplaySchema = z
  .object({ name: displayName.optional(), playlistId: playlistId.optional(), teamFilter: slug.nullable().optional() })
  .strict();

const scheduleRule = z
  .object({
    playlistId: playlistId.default(null),
    screenOff: z.boolean().default(false),
    weekdays: z
      .array(z.number().int().min(0).max(6))
      .min(1, 'pick at least one day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'lists a day twice'),
    startMinute: z.number().int().min(0).max(1439),
    endMinute: z.number().int().min(1).max(1440),
    cadence: z.enum(['pi_planning', 'ip_iteration']).nullable().default(null),
  })
  .superRefine((rule, ctx) => {
    if (!rule.screenOff && rule.playlistId === null) ctx.addIssue({ code: 'custom', path: ['playlistId'], message: 'pick a playlist or screen off' });
    if (rule.screenOff && rule.playlistId !== null) ctx.addIssue({ code: 'custom', path: ['playlistId'], message: 'a screen-off rule shows no playlist' });
    if (rule.startMinute === rule.endMinute) ctx.addIssue({ code: 'custom', path: ['endMinute'], message: 'must differ from the start' });
  });

export const schedulesSchema = z.object({ rules: z.array(scheduleRule).max(MAX_SCHEDULE_RULES) });

export type ClaimDisplayInput = z.infer<typeof claimDisplaySchema>;
export type UpdateDisplayInput = z.infer<typeof updateDisplaySchema>;
