import { beforeEach, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { IngestEvent } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted } from '../support/fixtures';

type PiData = Extract<IngestEvent, { type: 'pi.upserted' }>['data'];
type EntryData = Extract<IngestEvent, { type: 'calendar_event.upserted' }>['data'];

const pi = (id: string, data: Omit<PiData, 'train'> & { train?: string }, at = '2026-10-02T08:00:00Z'): IngestEvent => ({
  id,
  type: 'pi.upserted',
  occurredAt: at,
  data: { train: 'north', ...data },
});
const entry = (id: string, data: Omit<EntryData, 'train'> & { train?: string }, at = '2026-10-02T08:00:00Z'): IngestEvent => ({
  id,
  type: 'calendar_event.upserted',
  occurredAt: at,
  data: { train: 'north', ...data },
});

// PI 26.4 as the fixture leaves it: iteration 26.4-1 only.
const PI_264 = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };
const it1 = { code: '26.4-1', kind: 'regular' as const, startDate: '2026-10-05', endDate: '2026-10-16' };
const it2 = { code: '26.4-2', kind: 'regular' as const, startDate: '2026-10-19', endDate: '2026-10-30' };
const ip = { code: '26.4-IP', kind: 'ip' as const, startDate: '2026-11-30', endDate: '2026-12-11' };

describeEachBackend('pi.upserted and calendar_event.upserted', (backend) => {
  let northId = 0;
  beforeEach(async () => {
    const north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters', 'badgers'],
      pi: PI_264,
      iterations: [{ code: '26.4-1', startDate: '2026-10-05', endDate: '2026-10-16' }],
    });
    northId = north.trainId;
    await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'America/Sao_Paulo',
      teams: ['pumas'],
      pi: PI_264,
      iterations: [{ code: '26.4-1', startDate: '2026-10-05', endDate: '2026-10-16' }],
    });
  });

  const pis = () =>
    backend.db.selectFrom('program_increments').select(['name', 'start_date', 'end_date']).where('train_id', '=', northId).orderBy('name').execute();
  const iterations = () =>
    backend.db
      .selectFrom('iterations')
      .innerJoin('program_increments as pi', 'pi.id', 'iterations.pi_id')
      .select(['pi.name as pi', 'iterations.number', 'iterations.code', 'iterations.name', 'iterations.kind', 'iterations.start_date', 'iterations.end_date'])
      .where('iterations.train_id', '=', northId)
      .orderBy('pi.name')
      .orderBy('iterations.number')
      .execute();
  const entries = () =>
    backend.db
      .selectFrom('calendar_events')
      .select(['train_id', 'external_key', 'kind', 'title', 'start_date', 'end_date'])
      .orderBy('train_id')
      .orderBy('external_key')
      .execute();

  it('a new PI is created with its iterations numbered in the order given and default names', async () => {
    const result = await applyInTransaction(backend.db, [
      pi('pi-27.1', { name: '27.1', startDate: '2027-01-04', endDate: '2027-03-12', iterations: [
        { code: '27.1-1', kind: 'regular', startDate: '2027-01-04', endDate: '2027-01-15' },
        { code: '27.1-2', name: 'Sprint two', kind: 'regular', startDate: '2027-01-18', endDate: '2027-01-29' },
        { code: '27.1-IP', kind: 'ip', startDate: '2027-03-01', endDate: '2027-03-12' },
      ] }),
    ]);
    expect(result).toMatchObject({ stored: 1, duplicates: 0, affectedTeams: [], calendarTrains: ['north'] });
    expect(await pis()).toEqual([
      { name: '26.4', start_date: '2026-10-05', end_date: '2026-12-11' },
      { name: '27.1', start_date: '2027-01-04', end_date: '2027-03-12' },
    ]);
    expect((await iterations()).filter((i) => i.pi === '27.1')).toEqual([
      { pi: '27.1', number: 1, code: '27.1-1', name: 'Iteration 1', kind: 'regular', start_date: '2027-01-04', end_date: '2027-01-15' },
      { pi: '27.1', number: 2, code: '27.1-2', name: 'Sprint two', kind: 'regular', start_date: '2027-01-18', end_date: '2027-01-29' },
      { pi: '27.1', number: 3, code: '27.1-IP', name: 'IP Iteration', kind: 'ip', start_date: '2027-03-01', end_date: '2027-03-12' },
    ]);
  });

  it('a PI sent again updates its dates and renumbers its iterations without breaking the unique numbers; work keeps its iteration', async () => {
    await applyInTransaction(backend.db, [upserted({ key: 'N-1', team: 'otters', iteration: '26.4-1', status: 'To Do', at: '2026-10-05T09:00:00Z', points: 3 })]);
    // 26.4-2 goes first: it takes number 1 while 26.4-1 (number 1 so far) moves to 2.
    await applyInTransaction(backend.db, [
      pi('pi-26.4-v2', { ...PI_264, endDate: '2026-12-18', iterations: [it2, { ...it1, endDate: '2026-10-17' }, ip] }),
    ]);
    expect(await pis()).toEqual([{ name: '26.4', start_date: '2026-10-05', end_date: '2026-12-18' }]);
    expect((await iterations()).map((i) => [i.number, i.code, i.name, i.kind, i.end_date])).toEqual([
      [1, '26.4-2', 'Iteration 1', 'regular', '2026-10-30'],
      [2, '26.4-1', 'Iteration 2', 'regular', '2026-10-17'],
      [3, '26.4-IP', 'IP Iteration', 'ip', '2026-12-11'],
    ]);
    const item = await backend.db
      .selectFrom('work_items')
      .innerJoin('iterations', 'iterations.id', 'work_items.iteration_id')
      .select('iterations.code')
      .where('key', '=', 'N-1')
      .executeTakeFirstOrThrow();
    expect(item.code).toBe('26.4-1');
  });

  it('iterations the PI already had but the list leaves out are kept, numbered after the list', async () => {
    await applyInTransaction(backend.db, [pi('v1', { ...PI_264, iterations: [it1, it2] })]);
    await applyInTransaction(backend.db, [pi('v2', { ...PI_264, iterations: [ip] })]);
    // ip is number 1; the left-out 26.4-1 (was 1) and 26.4-2 (was 2) follow as 2 and 3.
    expect((await iterations()).map((i) => [i.number, i.code])).toEqual([
      [1, '26.4-IP'],
      [2, '26.4-1'],
      [3, '26.4-2'],
    ]);
  });

  it('an iteration code sent under another PI moves to that PI', async () => {
    await applyInTransaction(backend.db, [
      pi('pi-27.1', { name: '27.1', startDate: '2026-10-05', endDate: '2027-03-12', iterations: [it1] }),
    ]);
    expect((await iterations()).map((i) => [i.pi, i.number, i.code])).toEqual([['27.1', 1, '26.4-1']]);
  });

  it('two events for one PI in a batch: the later occurredAt wins, whatever the order in the batch', async () => {
    await applyInTransaction(backend.db, [
      pi('late', { ...PI_264, endDate: '2026-12-18', iterations: [it1, it2] }, '2026-10-03T08:00:00Z'),
      pi('early', { ...PI_264, iterations: [it2, it1] }, '2026-10-02T08:00:00Z'),
    ]);
    expect(await pis()).toEqual([{ name: '26.4', start_date: '2026-10-05', end_date: '2026-12-18' }]);
    expect((await iterations()).map((i) => [i.number, i.code])).toEqual([
      [1, '26.4-1'],
      [2, '26.4-2'],
    ]);
  });

  it('a PI or calendar entry changes every panel of its train, with the header (cadence) of every team', async () => {
    const result = await applyInTransaction(backend.db, [
      pi('v1', { ...PI_264, iterations: [it1] }),
      entry('e1', { key: 'demo-1', kind: 'system_demo', title: 'System demo 1', startDate: '2026-10-16', endDate: '2026-10-16' }),
    ]);
    expect([...result.affectedKeys].sort()).toEqual(
      [
        'burndown:badgers:hours',
        'burndown:badgers:points',
        'burndown:otters:hours',
        'burndown:otters:points',
        'cadence:north',
        'dora:north',
        'flow:north',
        'impediments:north',
        'incidents:north',
        'kpis:north',
        'objectives:north',
        'pi-burnup:north:features',
        'pi-burnup:north:points',
        'quality:north',
        'releases:north',
        'risks:north',
        'train-burndown:north:hours',
        'train-burndown:north:points',
      ].sort(),
    );
  });

  it('calendar entries are created, then replaced by key within their train; the newest of a batch wins', async () => {
    await applyInTransaction(backend.db, [
      entry('a', { key: 'planning-27.1', kind: 'pi_planning', title: 'PI planning 27.1', startDate: '2026-12-14', endDate: '2026-12-15' }),
      entry('b', { key: 'demo-1', kind: 'system_demo', title: 'System demo 1', startDate: '2026-10-16', endDate: '2026-10-16' }),
      entry('c', { train: 'south', key: 'demo-1', kind: 'system_demo', title: 'South demo', startDate: '2026-10-16', endDate: '2026-10-16' }),
    ]);
    await applyInTransaction(backend.db, [
      entry('d', { key: 'demo-1', kind: 'system_demo', title: 'Moved demo', startDate: '2026-10-19', endDate: '2026-10-19' }, '2026-10-03T08:00:00Z'),
      entry('e', { key: 'demo-1', kind: 'system_demo', title: 'Older edit', startDate: '2026-10-20', endDate: '2026-10-20' }, '2026-10-02T09:00:00Z'),
    ]);
    const southId = northId + 1;
    expect(await entries()).toEqual([
      { train_id: northId, external_key: 'demo-1', kind: 'system_demo', title: 'Moved demo', start_date: '2026-10-19', end_date: '2026-10-19' },
      { train_id: northId, external_key: 'planning-27.1', kind: 'pi_planning', title: 'PI planning 27.1', start_date: '2026-12-14', end_date: '2026-12-15' },
      { train_id: southId, external_key: 'demo-1', kind: 'system_demo', title: 'South demo', start_date: '2026-10-16', end_date: '2026-10-16' },
    ]);
  });

  it('an unknown train refuses the whole batch with the path of its field', async () => {
    const attempt = applyInTransaction(backend.db, [
      entry('a', { key: 'demo-1', kind: 'system_demo', title: 'Demo', startDate: '2026-10-16', endDate: '2026-10-16' }),
      pi('b', { ...PI_264, train: 'ghost-train', iterations: [] }),
      entry('c', { train: 'nowhere', key: 'demo-1', kind: 'system_demo', title: 'Demo', startDate: '2026-10-16', endDate: '2026-10-16' }),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(UnknownReferenceError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ path: 'events.1.data.train', message: 'unknown train "ghost-train"' }] });
    expect(await entries()).toEqual([]);
  });
});
