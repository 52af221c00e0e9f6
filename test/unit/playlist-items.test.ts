import { describe, expect, it } from 'vitest';
import { expandItem } from '../../lib/displays/config';
import { playlistItemSchema } from '../../lib/playlists/schema';

const TEAMS = [
  { slug: 'atlas', name: 'Atlas' },
  { slug: 'borealis', name: 'Borealis' },
];

describe('playlist items', () => {
  it.each(['objectives', 'flow', 'impediments', 'risks', 'incidents', 'kpis', 'releases', 'dora', 'quality'] as const)('a %s item is one panel of the display\'s train', (kind) => {
    expect(expandItem({ kind, params: {}, seconds: 25 }, 'north', TEAMS)).toEqual([{ key: `${kind}:north`, kind, seconds: 25 }]);
    // Stored rows from before params existed hold null.
    expect(expandItem({ kind, params: null, seconds: 25 }, 'south', TEAMS)).toEqual([{ key: `${kind}:south`, kind, seconds: 25 }]);
  });

  it('a train panel takes no options, and an unknown kind or a bad duration expands to nothing', () => {
    expect(playlistItemSchema.safeParse({ kind: 'kpis', params: { team: 'atlas' }, seconds: 20 }).success).toBe(false);
    expect(playlistItemSchema.safeParse({ kind: 'impediments', params: {}, seconds: 2 }).success).toBe(false);
    expect(playlistItemSchema.safeParse({ kind: 'risks', seconds: 20 }).data).toEqual({ kind: 'risks', params: {}, seconds: 20 });
    expect(expandItem({ kind: 'velocity', params: {}, seconds: 20 }, 'north', TEAMS)).toEqual([]);
    expect(expandItem({ kind: 'incidents', params: {}, seconds: 0 }, 'north', TEAMS)).toEqual([]);
  });
});
