import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { applyInTransaction, insertTrain, upserted, type ItemChange, type TrainFixture } from './fixtures';

/**
 * Team "otters" of train "north" (Europe/Amsterdam) in iteration 25.1-1, Monday 24 March to Friday 4 April 2025
 * (10 working days; DST starts on Sunday 30 March). Every change below is written with its Amsterdam offset.
 *
 * | item | planned (Fri 21 Mar)  | then                                                                  |
 * |------|-----------------------|-----------------------------------------------------------------------|
 * | A    | 5 pt, 10 h            | Mon 24 10:00 in progress 8 h; Tue 25 15:00 done 0 h                   |
 * | B    | 3 pt, 6 h             | Wed 26 23:30 done 0 h; Fri 28 11:00 reopened 2 h; Tue 1 Apr 00:30 done |
 * | C    | 8 pt, 16 h            | Thu 27 00:30 in progress 12 h; Mon 31 10:00 moved to team badgers     |
 * | D    | 2 pt, 4 h             | Thu 27 14:00 moved to iteration 25.1-2                                |
 * | G    | -                     | Wed 26 09:00 added, 5 pt 5 h; Sat 29 12:00 done 0 h                    |
 * | H    | -                     | Sat 5 Apr 10:00 added, 1 pt 1 h (after the iteration ended)           |
 *
 * Hand-computed state at the start of each cutoff date (points remaining / scope; hours remaining / scope):
 *   Mar 24  18/18  36/36   start: A B C D
 *   Mar 25  18/18  34/34   A 8 h
 *   Mar 26  13/18  26/26   A done
 *   Mar 27  15/23  25/25   G added (+5), B done at 23:30; C's 00:30 Thursday change not yet
 *   Mar 28  13/21  17/17   D left, C 12 h
 *   Mar 29  16/21  19/19   B reopened (2 h)
 *   Mar 30  11/21  14/14   G done on Saturday
 *   Apr 1   3/13   2/2     C left for badgers; B's 00:30 CEST (22:30Z) change not yet
 *   Apr 2   0/13   0/0     B done
 *   Apr 5   0/13   0/0     H (Saturday after the end) not counted
 */
export const NORTH_ITERATION = { code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' };

export async function insertNorthTrain(db: Kysely<Database>): Promise<TrainFixture> {
  const train = await insertTrain(db, {
    slug: 'north',
    timeZone: 'Europe/Amsterdam',
    teams: ['otters', 'badgers'],
    pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
    iterations: [NORTH_ITERATION, { code: '25.1-2', startDate: '2025-04-07', endDate: '2025-04-18' }],
  });
  await applyInTransaction(db, northChanges().map(upserted));
  return train;
}

function northChanges(): ItemChange[] {
  const otters = (change: Omit<ItemChange, 'team' | 'iteration'>): ItemChange => ({ team: 'otters', iteration: '25.1-1', ...change });
  const planned = '2025-03-21T10:00:00+01:00';
  return [
    otters({ key: 'A', status: 'To Do', points: 5, hours: 10, at: planned }),
    otters({ key: 'B', status: 'To Do', points: 3, hours: 6, at: planned }),
    otters({ key: 'C', status: 'To Do', points: 8, hours: 16, at: planned }),
    otters({ key: 'D', status: 'To Do', points: 2, hours: 4, at: planned }),
    otters({ key: 'A', status: 'In Progress', points: 5, hours: 8, at: '2025-03-24T10:00:00+01:00' }),
    otters({ key: 'A', status: 'Done', points: 5, hours: 0, at: '2025-03-25T15:00:00+01:00' }),
    otters({ key: 'G', status: 'To Do', points: 5, hours: 5, at: '2025-03-26T09:00:00+01:00' }),
    otters({ key: 'B', status: 'Done', points: 3, hours: 0, at: '2025-03-26T23:30:00+01:00' }),
    otters({ key: 'C', status: 'In Progress', points: 8, hours: 12, at: '2025-03-27T00:30:00+01:00' }),
    { key: 'D', team: 'otters', iteration: '25.1-2', status: 'To Do', points: 2, hours: 4, at: '2025-03-27T14:00:00+01:00' },
    otters({ key: 'B', status: 'Reopened', points: 3, hours: 2, at: '2025-03-28T11:00:00+01:00' }),
    otters({ key: 'G', status: 'Done', points: 5, hours: 0, at: '2025-03-29T12:00:00+01:00' }),
    { key: 'C', team: 'badgers', iteration: '25.1-1', status: 'In Progress', points: 8, hours: 12, at: '2025-03-31T10:00:00+02:00' },
    otters({ key: 'B', status: 'Done', points: 3, hours: 0, at: '2025-04-01T00:30:00+02:00' }),
    otters({ key: 'H', status: 'To Do', points: 1, hours: 1, at: '2025-04-05T10:00:00+02:00' }),
  ];
}
