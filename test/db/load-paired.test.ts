import type { Insertable } from 'kysely';
import { expect, it } from 'vitest';
import type { DisplayScheduleTable } from '../../db/schema';
import { hashToken } from '../../lib/auth/tokens';
import { loadPairedDisplay } from '../../lib/display/load-paired';
import type { PanelDto } from '../../lib/panels/types';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime } from '../support/runtime';

// Tuesday 24 November 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-11-24T09:00:00Z');
const TOKEN = 'a-device-token-long-enough-to-be-real-0123456789';

describeEachBackend('the paired display page', (backend) => {
  async function setup(options: { revoked?: boolean; screenOffNow?: boolean } = {}) {
    const runtime = testRuntime(backend);
    const asked: string[] = [];
    // Stands in for the real publisher: every panel has data, and the keys asked for are recorded.
    runtime.publisher.get = async (key) => {
      asked.push(key);
      return { kind: 'burndown', key } as unknown as PanelDto;
    };
    const train = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['atlas', 'borealis'],
      pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2027-01-15' },
      iterations: [{ code: '26.4-4', startDate: '2026-11-16', endDate: '2026-11-27' }],
    });
    const playlist = async (name: string, items: object[]) => {
      const row = await backend.db.insertInto('playlists').values({ train_id: train.trainId, name }).returning('id').executeTakeFirstOrThrow();
      await backend.db
        .insertInto('playlist_items')
        .values(items.map((params, position) => ({ playlist_id: row.id, position, kind: 'burndown', params: JSON.stringify(params), seconds: 20 })))
        .execute();
      return row.id;
    };
    const wall = await playlist('Wall', [{ team: 'atlas' }, { team: 'borealis' }]);
    const standUp = await playlist('Stand-up', [{ team: 'borealis', measure: 'hours' }]);
    const display = await backend.db
      .insertInto('displays')
      .values({ train_id: train.trainId, name: 'Team room 3', playlist_id: wall, revoked_at: options.revoked ? NOW : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await backend.db.insertInto('display_tokens').values({ display_id: display.id, token_hash: hashToken(TOKEN), kind: 'device', revoked_at: options.revoked ? NOW : null }).execute();
    // Stand-up on Tuesdays 09:00–09:30, never active at NOW (10:00).
    const rules: Insertable<DisplayScheduleTable>[] = [
      { display_id: display.id, playlist_id: standUp, position: 0, weekdays: '2', start_minute: 540, end_minute: 570, screen_off: false },
    ];
    if (options.screenOffNow) rules.push({ display_id: display.id, playlist_id: null, position: 1, weekdays: '0123456', start_minute: 0, end_minute: 1440, screen_off: true });
    await backend.db.insertInto('display_schedules').values(rules).execute();
    return { runtime, asked, displayId: display.id, wall, standUp };
  }

  it('a TV without a token, or with one that opens nothing, gets the pairing screen', async () => {
    const { runtime, asked } = await setup();
    expect(await loadPairedDisplay(runtime, undefined, NOW)).toEqual({ kind: 'pairing' });
    expect(await loadPairedDisplay(runtime, 'not-a-token-of-any-display-0000000000', NOW)).toEqual({ kind: 'pairing' });
    expect(asked).toEqual([]);
  });

  it('a revoked display gets the pairing screen', async () => {
    const { runtime } = await setup({ revoked: true });
    expect(await loadPairedDisplay(runtime, TOKEN, NOW)).toEqual({ kind: 'pairing' });
  });

  it('a paired TV gets its configuration, the build, and data for the panels of the program active now only, and its header', async () => {
    const { runtime, asked, displayId, wall, standUp } = await setup();
    const model = await loadPairedDisplay(runtime, TOKEN, NOW);
    if (model.kind !== 'wall') throw new Error('expected the wall');
    expect(model.config.display).toEqual({ id: displayId, name: 'Team room 3' });
    expect(Object.keys(model.config.playlists).map(Number).sort()).toEqual([wall, standUp].sort());
    expect(model.build).toBe('test-build');
    expect(Object.keys(model.fallback).sort()).toEqual(['burndown:atlas:points', 'burndown:borealis:points', 'cadence:north']);
    expect(asked.sort()).toEqual(['burndown:atlas:points', 'burndown:borealis:points', 'cadence:north']);
  });

  it('a TV whose schedule says screen-off now loads no panel data', async () => {
    const { runtime, asked } = await setup({ screenOffNow: true });
    const model = await loadPairedDisplay(runtime, TOKEN, NOW);
    expect(model.kind).toBe('wall');
    expect(model.kind === 'wall' && model.fallback).toEqual({});
    expect(asked).toEqual([]);
  });
});
