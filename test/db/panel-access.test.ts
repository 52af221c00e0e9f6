import { expect, it } from 'vitest';
import { canWatchPanels } from '../../lib/auth/panel-access';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertDisplayPrincipal, insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

const pi = { name: 'PI 1', startDate: '2026-10-05', endDate: '2026-12-11' };

describeEachBackend('who may read which panel', (backend) => {
  it('lets anyone read public walls, signed-in users any panel, and nobody a malformed key', async () => {
    const runtime = testRuntime(backend);
    const open = await insertTrain(backend.db, { slug: 'open', timeZone: 'UTC', teams: ['alpha'], pi, iterations: [] });
    await insertTrain(backend.db, { slug: 'closed', timeZone: 'UTC', teams: ['bravo'], pi, iterations: [] });
    await backend.db.updateTable('trains').set({ public_wall: true }).where('id', '=', open.trainId).execute();
    const viewer = await insertUserPrincipal(backend.db, 'viewer');
    const keys = ['burndown:alpha:points', 'burndown:bravo:hours', 'burndown:nobody:points', 'not-a-key'];

    expect(await canWatchPanels(runtime, { kind: 'anonymous' }, keys)).toEqual(['burndown:alpha:points']);
    expect(await canWatchPanels(runtime, viewer, keys)).toEqual(['burndown:alpha:points', 'burndown:bravo:hours', 'burndown:nobody:points']);
  });

  it('train panels and the header cadence: anyone for a public wall, a display only its own train\'s', async () => {
    const runtime = testRuntime(backend);
    const open = await insertTrain(backend.db, { slug: 'open', timeZone: 'UTC', teams: ['alpha'], pi, iterations: [] });
    const closed = await insertTrain(backend.db, { slug: 'closed', timeZone: 'UTC', teams: ['bravo'], pi, iterations: [] });
    await backend.db.updateTable('trains').set({ public_wall: true }).where('id', '=', open.trainId).execute();
    const keys = ['cadence:open', 'flow:open', 'pi-burnup:open:features', 'objectives:open', 'train-burndown:open:hours', 'cadence:closed', 'flow:closed', 'cadence:nowhere'];

    expect(await canWatchPanels(runtime, { kind: 'anonymous' }, keys)).toEqual(['cadence:open', 'flow:open', 'pi-burnup:open:features', 'objectives:open', 'train-burndown:open:hours']);
    // A display of the closed train without a playlist: every team's burndown, and its own header.
    const display = await insertDisplayPrincipal(backend.db, closed.trainId, 'Lobby');
    expect(await canWatchPanels(runtime, display, [...keys, 'burndown:bravo:points', 'burndown:alpha:points'])).toEqual(['cadence:closed', 'burndown:bravo:points']);
  });
});
