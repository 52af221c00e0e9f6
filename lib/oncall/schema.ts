import { z } from 'zod';
import { isMonday } from './rota';

// Request bodies of the console's on-call API (server only: zod stays out of client bundles).

const trainSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a train');
/** Empty clears the role's shift for the week. */
const person = z.string().trim().max(120, 'must be 120 characters at most').default('');
const contact = z.string().trim().max(60, 'must be 60 characters at most').default('');

export const saveRotaWeekSchema = z
  .object({
    trainSlug,
    week: z.iso.date({ message: 'must be a date, e.g. 2026-11-30' }).refine(isMonday, 'must be a Monday'),
    handover: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time of day, e.g. 09:00'),
    primary: person,
    primaryContact: contact,
    secondary: person,
    secondaryContact: contact,
  })
  .strict()
  .superRefine((week, ctx) => {
    for (const role of ['primary', 'secondary'] as const) {
      if (week[role] === '' && week[`${role}Contact`] !== '') {
        ctx.addIssue({ code: 'custom', path: [`${role}Contact`], message: 'needs a name beside it' });
      }
    }
  });

export type SaveRotaWeekInput = z.infer<typeof saveRotaWeekSchema>;
