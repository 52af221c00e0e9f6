import { z } from 'zod';

/** A real calendar date: "2026-02-30" is refused, not rolled over. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-24')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a date on the calendar');

const MAX_EVENT_DAYS = 31;

export const calendarEventSchema = z
  .object({
    trainSlug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a train slug'),
    kind: z.enum(['pi_planning', 'system_demo']),
    title: z.string().trim().min(1, 'is required').max(120, 'must be 120 characters at most'),
    startDate: calendarDate,
    endDate: calendarDate,
  })
  .superRefine((event, ctx) => {
    if (event.endDate < event.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
    const days = (Date.parse(event.endDate) - Date.parse(event.startDate)) / 86_400_000 + 1;
    if (days > MAX_EVENT_DAYS) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `an event lasts at most ${MAX_EVENT_DAYS} days` });
  });

export const deleteCalendarEventSchema = z.object({ id: z.number().int().positive().max(2 ** 31 - 1) });

export type CalendarEventInput = z.infer<typeof calendarEventSchema>;
