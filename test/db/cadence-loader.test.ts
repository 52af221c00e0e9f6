import { beforeEach, expect, it } from 'vitest';
import { loadCadence } from '../../lib/panels/cadence/loader';
import { loadPanel } from '../../lib/panels/load';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';

const north = { kind: 'cadence', train: 'north' } as const;

describeEachBackend('the cadence loader (wall header strip)', (backend) => {
  beforeEach(async () => {
    // PI 26.4: four two-week iterations and a two-week IP iteration; PI 27.1 follows after Christmas.
    const train = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
      iterations: [
        { code: '26.4-1', startDate: '2026-10-05', endDate: '2026-10-16' },
        { code: '26.4-2', startDate: '2026-10-19', endDate: '2026-10-30' },
        { code: '26.4-3', startDate: '2026-11-02', endDate: '2026-11-13' },
        { code: '26.4-4', startDate: '2026-11-16', endDate: '2026-11-27' },
        { code: '26.4-IP', startDate: '2026-11-30', endDate: '2026-12-11', kind: 'ip' },
      ],
    });
    const next = await backend.db
      .insertInto('program_increments')
      .values({ train_id: train.trainId, name: 'PI 27.1', start_date: '2027-01-04', end_date: '2027-03-12' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await backend.db
      .insertInto('iterations')
      .values({ train_id: train.trainId, pi_id: next.id, number: 1, code: '27.1-1', name: 'Iteration 1', kind: 'regular', start_date: '2027-01-04', end_date: '2027-01-15' })
      .execute();
    const entry = (kind: 'pi_planning' | 'system_demo', title: string, start: string, end = start, key: string | null = title) => ({
      train_id: train.trainId,
      kind,
      title,
      start_date: start,
      end_date: end,
      external_key: key,
    });
    await backend.db
      .insertInto('calendar_events')
      .values([
        entry('system_demo', 'Demo 3', '2026-11-13'),
        entry('system_demo', 'Demo 4', '2026-11-27'),
        // Made in the console: no feed key.
        entry('pi_planning', 'PI planning 27.1', '2026-12-14', '2026-12-15', null),
        entry('system_demo', 'Demo 27.1-1', '2027-01-15'),
        entry('system_demo', 'Demo 27.1-2', '2027-01-29'),
      ])
      .execute();
    await backend.db.insertInto('trains').values({ slug: 'empty', name: 'Empty train', time_zone: 'America/New_York' }).execute();
  });

  it('Tuesday 24 November: PI 26.4, iteration 4 with its ten working days, the next three entries, out of date on the 28th', async () => {
    const now = new Date('2026-11-24T09:00:00Z');
    expect(await loadCadence(backend.db, north, now)).toEqual({
      kind: 'cadence',
      key: 'cadence:north',
      train: { slug: 'north', name: 'Train north', timeZone: 'Europe/Amsterdam' },
      asOf: '2026-11-24T09:00:00.000Z',
      pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
      iteration: {
        number: 4,
        name: 'Iteration 4',
        kind: 'regular',
        startDate: '2026-11-16',
        endDate: '2026-11-27',
        workingDays: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'],
      },
      upcoming: [
        { kind: 'system_demo', title: 'Demo 4', startDate: '2026-11-27', endDate: '2026-11-27' },
        { kind: 'pi_planning', title: 'PI planning 27.1', startDate: '2026-12-14', endDate: '2026-12-15' },
        { kind: 'system_demo', title: 'Demo 27.1-1', startDate: '2027-01-15', endDate: '2027-01-15' },
      ],
      // least(next iteration 30 Nov, next PI 4 Jan, PI end + 1 = 12 Dec, Demo 4 + 1 = 28 Nov) = 28 Nov.
      changesOn: '2026-11-28',
    });
    // The dispatcher reaches it by key.
    expect(await loadPanel(backend.db, 'cadence:north', now)).toMatchObject({ kind: 'cadence', changesOn: '2026-11-28' });
  });

  it('an entry on today is still upcoming (the strip says "today")', async () => {
    const cadence = await loadCadence(backend.db, north, new Date('2026-11-27T15:00:00Z'));
    expect(cadence?.upcoming[0]).toEqual({ kind: 'system_demo', title: 'Demo 4', startDate: '2026-11-27', endDate: '2026-11-27' });
  });

  it('an entry under way stays upcoming until its last day: PI planning on its second day, out of date the day after', async () => {
    const cadence = await loadCadence(backend.db, north, new Date('2026-12-15T10:00:00Z'));
    expect(cadence?.upcoming.map((e) => e.title)).toEqual(['PI planning 27.1', 'Demo 27.1-1', 'Demo 27.1-2']);
    // least(27.1-1 and PI 27.1 on 4 Jan, PI 27.1's end + 1 = 13 Mar, planning's end + 1 = 16 Dec) = 16 Dec.
    expect(cadence?.changesOn).toBe('2026-12-16');
  });

  it('today is the train zone\'s: 23:30 UTC on Sunday 29 is Monday 30 in Amsterdam, the IP iteration', async () => {
    const cadence = await loadCadence(backend.db, north, new Date('2026-11-29T23:30:00Z'));
    expect(cadence?.iteration).toMatchObject({ number: 5, name: 'Iteration 5', kind: 'ip', startDate: '2026-11-30' });
    expect(cadence?.iteration?.workingDays).toHaveLength(10);
    expect(cadence?.upcoming.map((e) => e.title)).toEqual(['PI planning 27.1', 'Demo 27.1-1', 'Demo 27.1-2']);
    // least(27.1-1 on 4 Jan, PI 27.1 on 4 Jan, PI end + 1 = 12 Dec, planning's end + 1 = 16 Dec) = 12 Dec.
    expect(cadence?.changesOn).toBe('2026-12-12');
  });

  it('on the weekend after an iteration the latest started one stays, until the next starts on Monday', async () => {
    const cadence = await loadCadence(backend.db, north, new Date('2026-11-28T10:00:00Z'));
    expect(cadence?.iteration).toMatchObject({ number: 4, endDate: '2026-11-27' });
    expect(cadence?.changesOn).toBe('2026-11-30');
  });

  it('between PIs: the next PI and its first iteration, out of date when they start', async () => {
    const cadence = await loadCadence(backend.db, north, new Date('2026-12-20T10:00:00Z'));
    expect(cadence?.pi).toEqual({ name: 'PI 27.1', startDate: '2027-01-04', endDate: '2027-03-12' });
    expect(cadence?.iteration).toMatchObject({ number: 1, startDate: '2027-01-04' });
    expect(cadence?.upcoming.map((e) => e.title)).toEqual(['Demo 27.1-1', 'Demo 27.1-2']);
    expect(cadence?.changesOn).toBe('2027-01-04');
  });

  it('after the last PI, and for a train with no PI: no PI, no iteration, nothing upcoming, never out of date', async () => {
    const after = await loadCadence(backend.db, north, new Date('2027-06-01T10:00:00Z'));
    expect(after).toMatchObject({ pi: null, iteration: null, upcoming: [], changesOn: null });
    const empty = await loadCadence(backend.db, { kind: 'cadence', train: 'empty' }, new Date('2026-11-24T09:00:00Z'));
    expect(empty).toMatchObject({ train: { slug: 'empty', name: 'Empty train', timeZone: 'America/New_York' }, pi: null, iteration: null, upcoming: [], changesOn: null });
  });

  it('an unknown train has no cadence', async () => {
    expect(await loadCadence(backend.db, { kind: 'cadence', train: 'ghost' }, new Date('2026-11-24T09:00:00Z'))).toBeUndefined();
  });
});
