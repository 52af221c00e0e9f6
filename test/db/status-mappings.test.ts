import { beforeEach, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { IngestEvent } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted, type ItemChange } from '../support/fixtures';

const mapping = (train: string, status: string, category: string, at = '2025-03-24T08:00:00Z', id = `map-${train}-${status}-${at}`) =>
  ({ id, type: 'status_mapping.set', occurredAt: at, data: { train, status, category } }) as IngestEvent;

const item = (over: Partial<ItemChange> & Pick<ItemChange, 'key' | 'status' | 'at'>) =>
  upserted({ team: 'otters', iteration: '25.1-1', points: 3, ...over });

describeEachBackend('status_mapping.set', (backend) => {
  const categoryOf = async (key: string) =>
    (await backend.db.selectFrom('work_items').select('status_category').where('key', '=', key).executeTakeFirstOrThrow()).status_category;
  const historyOf = async (key: string) =>
    (
      await backend.db
        .selectFrom('work_item_changes')
        .innerJoin('work_items', 'work_items.id', 'work_item_changes.work_item_id')
        .select('work_item_changes.status_category')
        .where('work_items.key', '=', key)
        .orderBy('work_item_changes.occurred_at')
        .execute()
    ).map((r) => r.status_category);
  const mappings = () => backend.db.selectFrom('status_mappings').select(['train_id', 'status', 'status_category']).orderBy('status').execute();

  let northId = 0;
  beforeEach(async () => {
    const north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' }],
    });
    northId = north.trainId;
    await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'America/Sao_Paulo',
      teams: ['pumas'],
      pi: { name: '26.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [{ code: '26.1-1', startDate: '2025-03-24', endDate: '2025-04-04' }],
    });
  });

  it('maps a later work item of the same batch, even one listed before it, and only in its own train', async () => {
    const result = await applyInTransaction(backend.db, [
      item({ key: 'N-1', status: 'Ready for UAT', at: '2025-03-25T10:00:00Z' }),
      upserted({ key: 'S-1', team: 'pumas', iteration: '26.1-1', status: 'Ready for UAT', at: '2025-03-25T10:00:00Z' }),
      mapping('north', 'Ready  for_UAT', 'waiting'),
    ]);
    expect(result.stored).toBe(3);
    expect(await categoryOf('N-1')).toBe('waiting');
    expect(await historyOf('N-1')).toEqual(['waiting']);
    // "Ready for UAT" is no common name: south, which has no mapping, files it as not started.
    expect(await categoryOf('S-1')).toBe('not_started');
    expect(await mappings()).toEqual([{ train_id: northId, status: 'ready for uat', status_category: 'waiting' }]);
  });

  it('maps work items of a later batch, and overrides a common name ("Review" is active by default)', async () => {
    await applyInTransaction(backend.db, [mapping('north', 'Review', 'waiting'), mapping('north', 'Shipped to UAT', 'done')]);
    await applyInTransaction(backend.db, [
      item({ key: 'N-1', status: 'REVIEW', at: '2025-03-25T10:00:00Z' }),
      item({ key: 'N-2', status: 'shipped-to-uat', at: '2025-03-25T10:00:00Z' }),
      upserted({ key: 'S-1', team: 'pumas', iteration: '26.1-1', status: 'Review', at: '2025-03-25T10:00:00Z' }),
    ]);
    expect(await categoryOf('N-1')).toBe('waiting');
    expect(await categoryOf('N-2')).toBe('done');
    expect(await categoryOf('S-1')).toBe('active');
  });

  it('does not rewrite history: items stored before the mapping keep their category until their next change', async () => {
    await applyInTransaction(backend.db, [item({ key: 'N-1', status: 'Ready for UAT', at: '2025-03-25T10:00:00Z' })]);
    await applyInTransaction(backend.db, [mapping('north', 'Ready for UAT', 'waiting')]);
    expect(await categoryOf('N-1')).toBe('not_started');
    await applyInTransaction(backend.db, [item({ key: 'N-1', status: 'Ready for UAT', at: '2025-03-26T10:00:00Z' })]);
    expect(await categoryOf('N-1')).toBe('waiting');
    expect(await historyOf('N-1')).toEqual(['not_started', 'waiting']);
  });

  it('a name mapped again takes its new category; in one batch the newest event wins', async () => {
    await applyInTransaction(backend.db, [mapping('north', 'Parked', 'not_started')]);
    await applyInTransaction(backend.db, [
      mapping('north', 'parked', 'done', '2025-03-24T09:00:00Z'),
      mapping('north', 'PARKED', 'active', '2025-03-24T08:30:00Z'),
    ]);
    expect(await mappings()).toEqual([{ train_id: northId, status: 'parked', status_category: 'done' }]);
  });

  it('changes no panel', async () => {
    const result = await applyInTransaction(backend.db, [mapping('north', 'Ready for UAT', 'waiting')]);
    expect(result).toEqual({ stored: 1, duplicates: 0, affectedTeams: [], affectedKeys: [], calendarTrains: [] });
  });

  it('an unknown train refuses the whole batch, naming the field', async () => {
    const attempt = applyInTransaction(backend.db, [
      mapping('north', 'Ready for UAT', 'waiting'),
      item({ key: 'N-1', status: 'Ready for UAT', at: '2025-03-25T10:00:00Z' }),
      mapping('nowhere', 'Ready for UAT', 'waiting'),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(UnknownReferenceError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ path: 'events.2.data.train', message: 'unknown train "nowhere"' }] });
    expect(await mappings()).toEqual([]);
    expect(await backend.db.selectFrom('work_items').selectAll().execute()).toEqual([]);
  });
});
