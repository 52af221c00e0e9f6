import { z } from 'zod';
import { MAX_ITEM_SECONDS, MAX_PLAYLIST_ITEMS, MIN_ITEM_SECONDS } from './types';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a slug: lowercase letters, digits and dashes');
const seconds = z.number().int('must be whole seconds').min(MIN_ITEM_SECONDS).max(MAX_ITEM_SECONDS);

/**
 * A burndown: one team's (team), every team's in turn (neither), or the whole train's as one panel (scope 'train').
 */
const burndownItem = z.object({
  kind: z.literal('burndown'),
  params: z
    .object({ team: slug.optional(), measure: z.enum(['points', 'hours']).optional(), scope: z.enum(['teams', 'train']).optional() })
    .strict()
    .refine((p) => !(p.team && p.scope === 'train'), { message: 'a whole-train burndown names no team', path: ['team'] })
    .default({}),
  seconds,
});

const piBurnupItem = z.object({
  kind: z.literal('pi-burnup'),
  params: z.object({ measure: z.enum(['points', 'features']).optional() }).strict().default({}),
  seconds,
});

/** One announcement of the playlist's train, by id. */
const announcementItem = z.object({
  kind: z.literal('announcement'),
  params: z.object({ id: z.number({ error: 'choose an announcement' }).int().positive().max(2 ** 31 - 1) }).strict(),
  seconds,
});

const trainPanelItem = <K extends string>(kind: K) => z.object({ kind: z.literal(kind), params: z.object({}).strict().default({}), seconds });

const screenOffItem = trainPanelItem('screen-off');

export const playlistItemSchema = z.discriminatedUnion('kind', [
  burndownItem,
  piBurnupItem,
  trainPanelItem('objectives'),
  trainPanelItem('flow'),
  announcementItem,
  trainPanelItem('impediments'),
  trainPanelItem('risks'),
  trainPanelItem('incidents'),
  trainPanelItem('kpis'),
  trainPanelItem('releases'),
  trainPanelItem('dora'),
  trainPanelItem('quality'),
  screenOffItem,
]);

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
