import { z } from 'zod';
import { MAX_ITEM_SECONDS, MAX_PLAYLIST_ITEMS, MIN_ITEM_SECONDS } from './types';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a slug: lowercase letters, digits and dashes');
const seconds = z.number().int('must be whole seconds').min(MIN_ITEM_SECONDS).max(MAX_ITEM_SECONDS);

const burndownItem = z.object({
  kind: z.literal('burndown'),
  params: z
    .object({ team: slug.optional(), measure: z.enum(['points', 'hours']).optional() })
    .strict()
    .default({}),
  seconds,
});

const screenOffItem = z.object({ kind: z.literal('screen-off'), params: z.object({}).strict().default({}), seconds });

export const playlistItemSchema = z.discriminatedUnion('kind', [burndownItem, screenOffItem]);

export const playlistName = z.string().trim().min(1, 'is required').max(80, 'must be 80 characters at most');

export const createPlaylistSchema = z.object({
  trainSlug: slug,
  name: playlistName,
  items: z.array(playlistItemSchema).max(MAX_PLAYLIST_ITEMS).default([]),
});

export const updatePlaylistSchema = z.object({
  name: playlistName,
  items: z.array(playlistItemSchema).max(MAX_PLAYLIST_ITEMS),
});

export type CreatePlaylistInput = z.infer<typeof createPlaylistSchema>;
export type UpdatePlaylistInput = z.infer<typeof updatePlaylistSchema>;
