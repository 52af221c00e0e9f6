import { beforeEach, expect, it } from 'vitest';
import { wipAt } from '../../db/queries/flow';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted, type TrainFixture } from '../support/fixtures';

const at = (iso: string) => new Date(iso);

describeEachBackend('wipAt', (backend) => {
  let north: TrainFixture;

  beforeEach(async () => {
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'UTC',
      teams: ['otters'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [],
    });
    await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'UTC',
      teams: ['pumas'],
      pi: { name: '26.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [],
    });
    const change = (key: string, team: string, status: string, iso: string) => upserted({ key, team, iteration: null, status, at: iso });
    await applyInTransaction(backend.db, [
      // A: active 10:00 → 12:00 exactly, then done.
      change('A', 'otters', 'In Progress', '2025-03-24T10:00:00Z'),
      change('A', 'otters', 'Done', '2025-03-24T12:00:00Z'),
      // B: blocked from 11:00, never done.
      change('B', 'otters', 'Blocked', '2025-03-24T11:00:00Z'),
      // C: another train's item, in progress all along.
      change('C', 'pumas', 'In Progress', '2025-03-24T09:00:00Z'),
    ]);
  });

  it('counts the spans holding each instant: started before it, not ended before it', async () => {
    const instants = ['09:30', '10:00', '11:00', '11:30', '12:00', '12:30'].map((hm) => at(`2025-03-24T${hm}:00Z`));
    // 09:30 none; 10:00 A starts exactly then (not yet); 11:00 A, B starts then (not yet); 11:30 A and B;
    // 12:00 A ends exactly then (its span still holds, as the burndown counts a day's start) and B; 12:30 B.
    expect(await wipAt(backend.db, north.trainId, instants)).toEqual([0, 0, 1, 2, 2, 1]);
  });

  it('answers in the order asked, repeated instants included', async () => {
    const instants = ['12:30', '11:30', '12:30', '09:30'].map((hm) => at(`2025-03-24T${hm}:00Z`));
    expect(await wipAt(backend.db, north.trainId, instants)).toEqual([1, 2, 1, 0]);
    expect(await wipAt(backend.db, north.trainId, [])).toEqual([]);
  });
});
