import { expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { IngestEvent } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, type TrainFixture } from '../support/fixtures';

interface FeatureSpec {
  key: string;
  status: string;
  at: string;
  train?: string;
  pi?: string | null;
  points?: number | null;
  id?: string;
}

function featureUpserted(spec: FeatureSpec): IngestEvent {
  return {
    id: spec.id ?? `${spec.key}@${spec.at}`,
    type: 'feature.upserted',
    occurredAt: spec.at,
    data: {
      key: spec.key,
      train: spec.train ?? 'north',
      pi: spec.pi === undefined ? '25.1' : spec.pi,
      title: `Feature ${spec.key}`,
      kind: 'feature',
      status: spec.status,
      points: spec.points ?? null,
    },
  };
}

describeEachBackend('feature.upserted', (backend) => {
  let north: TrainFixture;
  const setUp = async () => {
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' }],
    });
    await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'UTC',
      teams: ['pumas'],
      pi: { name: '26.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [],
    });
  };
  const feature = (key: string) => backend.db.selectFrom('features').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const history = (key: string) =>
    backend.db
      .selectFrom('feature_changes')
      .innerJoin('features', 'features.id', 'feature_changes.feature_id')
      .select(['feature_changes.event_id', 'feature_changes.occurred_at', 'feature_changes.valid_to', 'feature_changes.status_category', 'feature_changes.pi_id'])
      .where('features.key', '=', key)
      .orderBy('feature_changes.occurred_at')
      .execute();
  const count = async (table: 'features' | 'feature_changes') =>
    Number((await backend.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores the newest state, the history with its spans, and names the panels to push', async () => {
    await setUp();
    const result = await applyInTransaction(backend.db, [
      featureUpserted({ key: 'F-1', status: 'Analysis', points: 13, at: '2025-03-24T09:00:00Z' }),
      featureUpserted({ key: 'F-1', status: 'Done', points: 13, at: '2025-03-28T09:00:00Z' }),
      featureUpserted({ key: 'F-2', status: 'In Progress', pi: null, at: '2025-03-25T09:00:00Z' }),
    ]);
    expect(result).toEqual({ stored: 3, duplicates: 0, affectedTeams: [], affectedKeys: ['pi-burnup:north:features', 'flow:north'], calendarTrains: [] });
    expect(await feature('F-1')).toMatchObject({
      train_id: north.trainId,
      pi_id: north.piId,
      title: 'Feature F-1',
      kind: 'feature',
      status: 'Done',
      status_category: 'done',
      points: 13,
      changed_at: new Date('2025-03-28T09:00:00Z'),
    });
    expect(await feature('F-2')).toMatchObject({ pi_id: null, status_category: 'active', points: null });
    expect(await history('F-1')).toEqual([
      { event_id: 'F-1@2025-03-24T09:00:00Z', occurred_at: new Date('2025-03-24T09:00:00Z'), valid_to: new Date('2025-03-28T09:00:00Z'), status_category: 'not_started', pi_id: north.piId },
      { event_id: 'F-1@2025-03-28T09:00:00Z', occurred_at: new Date('2025-03-28T09:00:00Z'), valid_to: Infinity, status_category: 'done', pi_id: north.piId },
    ]);
  });

  it('the train\'s own status names decide the category', async () => {
    await setUp();
    await backend.db.insertInto('status_mappings').values({ train_id: north.trainId, status: 'ready for uat', status_category: 'waiting' }).execute();
    await applyInTransaction(backend.db, [featureUpserted({ key: 'F-1', status: 'Ready  for_UAT', at: '2025-03-24T09:00:00Z' })]);
    expect((await feature('F-1')).status_category).toBe('waiting');
  });

  it('a resent batch changes nothing', async () => {
    await setUp();
    const batch = [featureUpserted({ key: 'F-1', status: 'Done', at: '2025-03-24T09:00:00Z' })];
    await applyInTransaction(backend.db, batch);
    expect(await applyInTransaction(backend.db, batch)).toEqual({ stored: 0, duplicates: 1, affectedTeams: [], affectedKeys: [], calendarTrains: [] });
    expect([await count('features'), await count('feature_changes')]).toEqual([1, 1]);
  });

  it('an older event arriving late keeps the newest state and slots into the history', async () => {
    await setUp();
    await applyInTransaction(backend.db, [
      featureUpserted({ key: 'F-1', status: 'To Do', at: '2025-03-24T09:00:00Z' }),
      featureUpserted({ key: 'F-1', status: 'Done', at: '2025-03-28T09:00:00Z' }),
    ]);
    // Sent later, happened in between: the feature stays done, and Wednesday's change holds until Friday's.
    await applyInTransaction(backend.db, [featureUpserted({ key: 'F-1', status: 'In Progress', pi: null, at: '2025-03-26T09:00:00Z' })]);
    expect(await feature('F-1')).toMatchObject({ status: 'Done', status_category: 'done', pi_id: north.piId });
    expect((await history('F-1')).map((c) => [c.status_category, c.valid_to])).toEqual([
      ['not_started', new Date('2025-03-26T09:00:00Z')],
      ['active', new Date('2025-03-28T09:00:00Z')],
      ['done', Infinity],
    ]);
    // In one batch too: the newest of the batch wins whatever its position.
    await applyInTransaction(backend.db, [
      featureUpserted({ key: 'F-3', status: 'Done', at: '2025-03-27T09:00:00Z' }),
      featureUpserted({ key: 'F-3', status: 'To Do', at: '2025-03-25T09:00:00Z' }),
    ]);
    expect((await feature('F-3')).status).toBe('Done');
  });

  it('refuses the whole batch naming an unknown train or a PI of another train', async () => {
    await setUp();
    const attempt = applyInTransaction(backend.db, [
      featureUpserted({ key: 'F-1', status: 'Done', at: '2025-03-24T09:00:00Z' }),
      featureUpserted({ key: 'F-2', status: 'Done', train: 'ghosts', at: '2025-03-24T09:00:00Z' }),
      featureUpserted({ key: 'F-3', status: 'Done', pi: '26.1', at: '2025-03-24T09:00:00Z' }),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(UnknownReferenceError);
    await expect(attempt).rejects.toMatchObject({
      problems: [
        { path: 'events.1.data.train', message: 'unknown train "ghosts"' },
        { path: 'events.2.data.pi', message: 'unknown PI "26.1" in train "north"' },
      ],
    });
    expect([await count('features'), await count('feature_changes')]).toEqual([0, 0]);
  });

  it('the same key in two trains is two features', async () => {
    await setUp();
    await applyInTransaction(backend.db, [
      featureUpserted({ key: 'F-1', status: 'Done', at: '2025-03-24T09:00:00Z' }),
      featureUpserted({ key: 'F-1', status: 'To Do', train: 'south', pi: '26.1', at: '2025-03-24T09:00:00Z', id: 'south-F-1' }),
    ]);
    expect(await count('features')).toBe(2);
  });
});
