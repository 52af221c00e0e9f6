import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';

describeEachBackend('database types', (backend) => {
  it('return calendar dates as YYYY-MM-DD text and int8/numeric/float8 as numbers on both drivers', async () => {
    const row = await sql<{ day: unknown; big: unknown; exact: unknown; float: unknown; at: unknown }>`
      select date '2025-03-30' as day, 9007199254740991::int8 as big, 12.5::numeric as exact,
             0.1::float8 as float, timestamptz '2025-03-30T01:30:00Z' as at
    `.execute(backend.db);
    expect(row.rows[0]).toEqual({ day: '2025-03-30', big: 9007199254740991, exact: 12.5, float: 0.1, at: new Date('2025-03-30T01:30:00Z') });
  });

  it('keep iteration dates as the calendar dates inserted, whatever the zone', async () => {
    const train = await insertTrain(backend.db, {
      slug: 'pacific',
      timeZone: 'Pacific/Kiritimati',
      teams: ['kites'],
      pi: { name: '25.1', startDate: '2025-03-10', endDate: '2025-04-18' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-10', endDate: '2025-03-21' }],
    });
    const iteration = await backend.db
      .selectFrom('iterations')
      .select(['start_date', 'end_date', 'number', 'kind'])
      .where('id', '=', train.iterationId('25.1-1'))
      .executeTakeFirstOrThrow();
    expect(iteration).toEqual({ start_date: '2025-03-10', end_date: '2025-03-21', number: 1, kind: 'regular' });
  });

  it('enforce the status category check', async () => {
    const train = await insertTrain(backend.db, {
      slug: 'alpine',
      timeZone: 'Europe/Zurich',
      teams: ['ibex'],
      pi: { name: '25.1', startDate: '2025-03-10', endDate: '2025-04-18' },
      iterations: [],
    });
    const insert = backend.db
      .insertInto('work_items')
      .values({
        key: 'X-1',
        team_id: train.teamId('ibex'),
        iteration_id: null,
        title: 'x',
        kind: 'story',
        status: 'Weird',
        status_category: 'weird' as 'done',
        changed_at: new Date(),
      })
      .execute();
    await expect(insert).rejects.toThrow(/check constraint/);
  });
});
