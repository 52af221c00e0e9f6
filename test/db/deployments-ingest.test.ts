import { beforeEach, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { EventOf } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain } from '../support/fixtures';

const T1 = '2026-11-24T09:00:00Z';
const T2 = '2026-11-24T09:10:00Z';
const T3 = '2026-11-24T09:20:00Z';
const PI = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };

let sequence = 0;

function deployment(key: string, at: string, data: Partial<EventOf<'deployment.recorded'>['data']> = {}): EventOf<'deployment.recorded'> {
  return {
    id: `deployment-${key}-${++sequence}`,
    type: 'deployment.recorded',
    occurredAt: at,
    data: { key, train: 'north', environment: 'production', version: '2.3.1', status: 'in_progress', deployedAt: null, commit: null, committedAt: null, ...data },
  };
}

describeEachBackend('ingest of deployments', (backend) => {
  const deployments = () =>
    backend.db
      .selectFrom('deployments')
      .innerJoin('trains', 'trains.id', 'deployments.train_id')
      .innerJoin('environments', 'environments.id', 'deployments.environment_id')
      .select(['deployments.key', 'trains.slug as train', 'environments.key as environment', 'deployments.version', 'deployments.status'])
      .select(['deployments.deployed_at', 'deployments.commit', 'deployments.committed_at', 'deployments.changed_at'])
      .orderBy('deployments.key')
      .execute();
  async function refused(events: Parameters<typeof applyInTransaction>[1]) {
    const error = await applyInTransaction(backend.db, events).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownReferenceError);
    return (error as UnknownReferenceError).problems;
  }

  beforeEach(async () => {
    for (const slug of ['north', 'south']) {
      const train = await insertTrain(backend.db, { slug, timeZone: 'Europe/Amsterdam', teams: [`${slug}-team`], pi: PI, iterations: [] });
      await backend.db
        .insertInto('environments')
        .values([
          { train_id: train.trainId, key: 'staging', name: 'Staging', position: 1 },
          { train_id: train.trainId, key: 'production', name: 'Production', position: 2, production: true },
        ])
        .execute();
    }
    // Only north has a "qa" environment.
    const north = await backend.db.selectFrom('trains').select('id').where('slug', '=', 'north').executeTakeFirstOrThrow();
    await backend.db.insertInto('environments').values({ train_id: north.id, key: 'qa', name: 'QA' }).execute();
  });

  it('stores a deployment to the train’s environment; deployedAt defaults to occurredAt; DORA and the board are named', async () => {
    const result = await applyInTransaction(backend.db, [
      deployment('D-1', T1, { status: 'succeeded', commit: 'abc123', committedAt: '2026-11-23T15:00:00Z' }),
      deployment('D-2', T1, { environment: 'staging', deployedAt: '2026-11-24T08:30:00Z' }),
    ]);
    expect(result.affectedKeys.sort()).toEqual(['dora:north', 'releases:north']);
    expect(await deployments()).toEqual([
      {
        key: 'D-1',
        train: 'north',
        environment: 'production',
        version: '2.3.1',
        status: 'succeeded',
        deployed_at: new Date(T1),
        commit: 'abc123',
        committed_at: new Date('2026-11-23T15:00:00Z'),
        changed_at: new Date(T1),
      },
      {
        key: 'D-2',
        train: 'north',
        environment: 'staging',
        version: '2.3.1',
        status: 'in_progress',
        deployed_at: new Date('2026-11-24T08:30:00Z'),
        commit: null,
        committed_at: null,
        changed_at: new Date(T1),
      },
    ]);
  });

  it('in progress then succeeded is one row; the newest occurredAt wins within a batch in any order and across batches', async () => {
    await applyInTransaction(backend.db, [deployment('D-1', T3, { status: 'succeeded' }), deployment('D-1', T1)]);
    expect(await deployments()).toEqual([expect.objectContaining({ key: 'D-1', status: 'succeeded', deployed_at: new Date(T3), changed_at: new Date(T3) })]);
    // A late "in progress" never overwrites the outcome.
    await applyInTransaction(backend.db, [deployment('D-1', T2)]);
    expect(await deployments()).toEqual([expect.objectContaining({ key: 'D-1', status: 'succeeded', changed_at: new Date(T3) })]);
    // A newer report wins, e.g. rolled back after all; a tie goes to the later event.
    await applyInTransaction(backend.db, [deployment('D-1', T3, { status: 'rolled_back' })]);
    expect(await deployments()).toEqual([expect.objectContaining({ key: 'D-1', status: 'rolled_back' })]);
  });

  it('a key moved to another train moves both trains’ panels', async () => {
    await applyInTransaction(backend.db, [deployment('D-1', T1)]);
    const result = await applyInTransaction(backend.db, [deployment('D-1', T2, { train: 'south', status: 'failed' })]);
    expect(result.affectedKeys.sort()).toEqual(['dora:north', 'dora:south', 'releases:north', 'releases:south']);
    expect(await deployments()).toEqual([expect.objectContaining({ key: 'D-1', train: 'south', environment: 'production', status: 'failed' })]);
  });

  it('refuses an unknown train and an environment the train does not define, naming each field; nothing is stored', async () => {
    expect(
      await refused([
        deployment('D-1', T1),
        deployment('D-2', T1, { train: 'west' }),
        deployment('D-3', T1, { environment: 'prod' }),
        // North has "qa", south does not.
        deployment('D-4', T1, { train: 'south', environment: 'qa' }),
        deployment('D-5', T1, { environment: 'qa' }),
      ]),
    ).toEqual([
      { path: 'events.1.data.train', message: 'unknown train "west"' },
      { path: 'events.2.data.environment', message: 'unknown environment "prod" of train "north": define the environment in the console first' },
      { path: 'events.3.data.environment', message: 'unknown environment "qa" of train "south": define the environment in the console first' },
    ]);
    expect(await deployments()).toEqual([]);
    expect(await backend.db.selectFrom('ingested_events').select('id').execute()).toEqual([]);
  });
});
