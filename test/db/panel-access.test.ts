import { expect, it } from 'vitest';
import { canWatchPanels } from '../../lib/auth/panel-access';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertUserPrincipal } from '../support/principals';
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
});
