import { expect, it } from 'vitest';
import { displayOptionsFrom, loadDisplay } from '../../lib/display/load-display';
import type { PanelDto } from '../../lib/panels/types';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime } from '../support/runtime';

const panel = (key: string, kind: string, seconds: number) => ({ key, kind, seconds });

describeEachBackend('the public wall /display/<train>', (backend) => {
  async function setup(options: { publicWall?: boolean } = {}) {
    const runtime = testRuntime(backend, { rotationSeconds: 25 });
    const asked: string[] = [];
    runtime.publisher.get = async (key) => {
      asked.push(key);
      return { kind: 'stub', key } as unknown as PanelDto;
    };
    const pi = { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' };
    // Team names are "Team <slug>": name order is atlas, borealis.
    const north = await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['borealis', 'atlas'], pi, iterations: [] });
    await insertTrain(backend.db, { slug: 'south', timeZone: 'Europe/Amsterdam', teams: ['delta'], pi, iterations: [] });
    await backend.db.updateTable('trains').set({ public_wall: options.publicWall ?? true }).execute();
    const playlist = async (name: string, items: { kind: string; params: object; seconds: number }[]) => {
      const row = await backend.db.insertInto('playlists').values({ train_id: north.trainId, name }).returning('id').executeTakeFirstOrThrow();
      await backend.db
        .insertInto('playlist_items')
        .values(items.map((item, position) => ({ playlist_id: row.id, position, kind: item.kind, params: JSON.stringify(item.params), seconds: item.seconds })))
        .execute();
    };
    return { runtime, asked, playlist };
  }

  it('a train without playlists plays every team\'s burndown, with the header\'s cadence loaded', async () => {
    const { runtime, asked } = await setup();
    const model = await loadDisplay(runtime, 'north', {});
    expect(model?.train).toEqual({ slug: 'north', name: 'Train north', timeZone: 'Europe/Amsterdam' });
    expect(model?.items).toEqual([panel('burndown:atlas:points', 'burndown', 25), panel('burndown:borealis:points', 'burndown', 25)]);
    expect(Object.keys(model!.fallback).sort()).toEqual(['burndown:atlas:points', 'burndown:borealis:points', 'cadence:north']);
    expect(asked.sort()).toEqual(['burndown:atlas:points', 'burndown:borealis:points', 'cadence:north']);
  });

  it('plays the train\'s first playlist by name, expanded as for a paired display, each item for its own seconds', async () => {
    const { runtime, playlist } = await setup();
    await playlist('Zebra', [{ kind: 'flow', params: {}, seconds: 5 }]);
    await playlist('Overview', [
      { kind: 'burndown', params: { scope: 'train', measure: 'hours' }, seconds: 30 },
      { kind: 'pi-burnup', params: { measure: 'features' }, seconds: 40 },
      { kind: 'objectives', params: {}, seconds: 15 },
      { kind: 'burndown', params: {}, seconds: 10 },
      { kind: 'screen-off', params: {}, seconds: 60 },
    ]);
    const model = await loadDisplay(runtime, 'north', {});
    expect(model?.items).toEqual([
      panel('train-burndown:north:hours', 'train-burndown', 30),
      panel('pi-burnup:north:features', 'pi-burnup', 40),
      panel('objectives:north', 'objectives', 15),
      panel('burndown:atlas:points', 'burndown', 10),
      panel('burndown:borealis:points', 'burndown', 10),
      panel('screen-off', 'screen-off', 60),
    ]);
    // A black stretch has no data to load.
    expect(Object.keys(model!.fallback)).not.toContain('screen-off');
    expect(Object.keys(model!.fallback)).toHaveLength(6);
  });

  it('?team and ?measure keep showing burndowns as before, whatever the playlist', async () => {
    const { runtime, playlist } = await setup();
    await playlist('Overview', [{ kind: 'flow', params: {}, seconds: 5 }]);
    expect((await loadDisplay(runtime, 'north', { team: 'atlas' }))?.items).toEqual([panel('burndown:atlas:points', 'burndown', 25)]);
    expect((await loadDisplay(runtime, 'north', { measure: 'hours' }))?.items).toEqual([
      panel('burndown:atlas:hours', 'burndown', 25),
      panel('burndown:borealis:hours', 'burndown', 25),
    ]);
  });

  it('?panel shows one panel of the train; a panel of another train, the header itself or a malformed key is not found', async () => {
    const { runtime, asked } = await setup();
    const flow = await loadDisplay(runtime, 'north', { panel: 'flow:north', team: 'atlas' });
    expect(flow?.items).toEqual([panel('flow:north', 'flow', 25)]);
    expect(Object.keys(flow!.fallback).sort()).toEqual(['cadence:north', 'flow:north']);
    expect((await loadDisplay(runtime, 'north', { panel: 'burndown:atlas:hours' }))?.items).toEqual([panel('burndown:atlas:hours', 'burndown', 25)]);
    expect((await loadDisplay(runtime, 'north', { panel: 'pi-burnup:north:features' }))?.items).toEqual([panel('pi-burnup:north:features', 'pi-burnup', 25)]);

    asked.length = 0;
    for (const other of ['flow:south', 'burndown:delta:points', 'cadence:north', 'flow', 'burndown:atlas:days', 'nonsense']) {
      expect(await loadDisplay(runtime, 'north', { panel: other }), other).toBeUndefined();
    }
    expect(asked).toEqual([]);
  });

  it('a train without a public wall is not found for anyone not signed in', async () => {
    const { runtime } = await setup({ publicWall: false });
    expect(await loadDisplay(runtime, 'north', {})).toBeUndefined();
    expect(await loadDisplay(runtime, 'nowhere', {})).toBeUndefined();
  });

  it('reads ?panel, ?team and ?measure from the query string', () => {
    expect(displayOptionsFrom({ panel: 'flow:north', team: ['atlas', 'x'], measure: 'hours' })).toEqual({ panel: 'flow:north', team: 'atlas', measure: 'hours' });
    expect(displayOptionsFrom({ team: 'Not A Slug', measure: 'days', panel: '' })).toEqual({ team: undefined, measure: undefined, panel: undefined });
  });
});
