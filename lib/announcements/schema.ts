import { z } from 'zod';
import { lineCount } from '../panels/announcement/rich-text';

export const MAX_BODY_LINES = 30;

// Request bodies of the console's announcements API (server only: zod stays out of client bundles).

const trainSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a train');
const title = z.string().trim().min(1, 'is required').max(80, 'must be 80 characters at most');
/** The rich-text source: blank lines, "- " bullets, **bold** and *italic*; everything else is text. */
const body = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be 2000 characters at most')
  // More lines than this would not fit the wall at a size read from 3 m (see bodySize).
  .refine((text) => lineCount(text) <= MAX_BODY_LINES, `must be ${MAX_BODY_LINES} lines at most`);

export const createAnnouncementSchema = z.object({ trainSlug, title, body });

export const updateAnnouncementSchema = z
  .object({ title, body })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');

export type CreateAnnouncementInput = z.infer<typeof createAnnouncementSchema>;
export type UpdateAnnouncementInput = z.infer<typeof updateAnnouncementSchema>;
