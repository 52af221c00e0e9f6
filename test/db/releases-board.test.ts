import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database, NewDeployment, NewRelease } from '../../db/schema';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { EventOf } from '../../lib/ingest/schema';
import { LISTED_RELEASES, loadReleases } from '../../lib/panels/releases/loader';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, type TrainFixture } from '../support/fixtures';

// Tuesday 24 November 2026, 13:00 in Amsterdam.
const NOW = new Date('2026-11-24T12:00:00Z');
const PI = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };
const ENVIRONMENTS = ['dev', 'test', 'staging', 'production'];

async function insertEnvironments(db: Kysely<Database>, trainId: number, keys: string[]): Promise<Map<string, number>> {
  // Stored out of position order, so that the board's order comes from `position`, not ids.
  const rows = await db
    .insertInto('environments')
    .values(keys.map((key, position) => ({ train_id: trainId, key, name: key[0]!.toUpperCase() + key.slice(1), position, production: key === 'production' })).reverse())
    .returning(['id', 'key'])
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

function release(trainId: number, key: string, over: Partial<NewRelease> = {}): NewRelease {
  return { key, train_id: trainId, name: `Release ${key}`, version: '1.0.0', planned_date: '2026-11-27', target_date: '2026-11-27', changed_at: NOW, ...over };
}

let sequence = 0;

function upserted(key: string, at: string, data: Partial<EventOf<'release.upserted'>['data']> = {}): EventOf<'release.upserted'> {
  return {
    id: `release-${key}-${++sequence}`,
    type: 'release.upserted',
    occurredAt: at,
    data: { key, train: 'north', name: `Release ${key}`, version: '1.0.0', major: false, targetDate: '2026-11-27', plannedDate: null, releasedAt: null, cancelled: false, ...data },
  };
}

function decided(releaseKey: string, at: string, data: Partial<EventOf<'release_gate.decided'>['data']> = {}): EventOf<'release_gate.decided'> {
  return {
    id: `gate-${releaseKey}-${++sequence}`,
    type: 'release_gate.decided',
    occurredAt: at,
    data: { release: releaseKey, gate: 'qa_signoff', state: 'approved', decidedBy: 'Lena', decidedAt: null, note: null, ...data },
  };
}

describeEachBackend('the release departure board', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;

  beforeEach(async () => {
    north = await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['otters'], pi: PI, iterations: [] });
    south = await insertTrain(backend.db, { slug: 'south', timeZone: 'America/Sao_Paulo', teams: ['pumas'], pi: PI, iterations: [] });
  });

  describe('loader', () => {
    it('an unknown train has no board; a train without releases has an empty one with its environments', async () => {
      expect(await loadReleases(backend.db, { kind: 'releases', train: 'west' }, NOW)).toBeUndefined();
      await insertEnvironments(backend.db, north.trainId, ENVIRONMENTS);
      expect(await loadReleases(backend.db, { kind: 'releases', train: 'north' }, NOW)).toEqual({
        kind: 'releases',
        key: 'releases:north',
        train: { slug: 'north', name: 'Train north', timeZone: 'Europe/Amsterdam' },
        asOf: NOW.toISOString(),
        environments: [
          { key: 'dev', name: 'Dev', production: false },
          { key: 'test', name: 'Test', production: false },
          { key: 'staging', name: 'Staging', production: false },
          { key: 'production', name: 'Production', production: true },
        ],
        releases: [],
        total: 0,
      });
    });

    it('lists upcoming, slipped and just-departed releases soonest first, with the latest deployment of each version per environment and the gates', async () => {
      const env = await insertEnvironments(backend.db, north.trainId, ENVIRONMENTS);
      const southEnv = await insertEnvironments(backend.db, south.trainId, ['dev']);
      const ids = new Map(
        (
          await backend.db
            .insertInto('releases')
            .values([
              release(north.trainId, 'A', { name: 'Payments', version: '2.4.0', major: false }),
              // Slipped from the 20th to 4 December, and no gate decided yet.
              release(north.trainId, 'B', { name: 'Mobile', version: '5.2.0', major: true, planned_date: '2026-11-20', target_date: '2026-12-04' }),
              // Out yesterday: still on the board as departed.
              release(north.trainId, 'C', { name: 'Search', version: '1.9.0', target_date: '2026-11-23', planned_date: '2026-11-23', released_at: new Date('2026-11-23T10:00:00Z') }),
              // Out three days ago, and called off: neither is on the board.
              release(north.trainId, 'D', { version: '0.1.0', released_at: new Date('2026-11-21T11:59:00Z') }),
              release(north.trainId, 'E', { version: '0.2.0', cancelled: true }),
              release(south.trainId, 'S', { version: '2.4.0' }),
            ])
            .returning(['id', 'key'])
            .execute()
        ).map((r) => [r.key, r.id]),
      );
      await backend.db
        .insertInto('release_gates')
        .values([
          { release_id: ids.get('A')!, gate: 'change_approval', state: 'approved', decided_by: 'Eva', decided_at: new Date('2026-11-19T13:00:00Z'), changed_at: NOW },
          { release_id: ids.get('A')!, gate: 'security_review', state: 'rejected', decided_by: 'Marco', decided_at: new Date('2026-11-23T09:30:00Z'), changed_at: NOW },
          // Recorded for a release that is not major: the board still says not needed.
          { release_id: ids.get('A')!, gate: 'ato', state: 'approved', decided_by: 'AO', decided_at: new Date('2026-11-23T09:30:00Z'), changed_at: NOW },
        ])
        .execute();
      let n = 0;
      const deployment = (train: number, environment: number, version: string, status: NewDeployment['status'], at: string): NewDeployment => ({
        key: `d${++n}`,
        train_id: train,
        environment_id: environment,
        version,
        status,
        deployed_at: new Date(at),
        changed_at: new Date(at),
      });
      await backend.db
        .insertInto('deployments')
        .values([
          // Payments 2.4.0 on dev: failed, then succeeded later (the later one counts, whatever the insert order).
          deployment(north.trainId, env.get('dev')!, '2.4.0', 'succeeded', '2026-11-18T14:00:00Z'),
          deployment(north.trainId, env.get('dev')!, '2.4.0', 'failed', '2026-11-18T10:00:00Z'),
          // On test: succeeded, then a redeploy is under way.
          deployment(north.trainId, env.get('test')!, '2.4.0', 'succeeded', '2026-11-19T10:00:00Z'),
          deployment(north.trainId, env.get('test')!, '2.4.0', 'in_progress', '2026-11-24T11:00:00Z'),
          // On staging: a newer deployment of another version does not count for 2.4.0, which failed there.
          deployment(north.trainId, env.get('staging')!, '2.4.0', 'failed', '2026-11-23T23:30:00Z'),
          deployment(north.trainId, env.get('staging')!, '2.5.0-rc1', 'succeeded', '2026-11-24T09:00:00Z'),
          // The same version on another train does not count.
          deployment(south.trainId, southEnv.get('dev')!, '5.2.0', 'succeeded', '2026-11-24T09:00:00Z'),
          deployment(north.trainId, env.get('production')!, '1.9.0', 'succeeded', '2026-11-23T10:00:00Z'),
        ])
        .execute();

      const dto = (await loadReleases(backend.db, { kind: 'releases', train: 'north' }, NOW))!;
      expect(dto.total).toBe(3);
      expect(dto.releases.map((r) => r.key)).toEqual(['C', 'A', 'B']);
      const [search, payments, mobile] = dto.releases;
      expect(search).toMatchObject({ name: 'Search', releasedAt: '2026-11-23T10:00:00.000Z', deployments: [null, null, null, { status: 'succeeded', at: '2026-11-23T10:00:00.000Z' }] });
      expect(payments).toEqual({
        key: 'A',
        name: 'Payments',
        version: '2.4.0',
        major: false,
        plannedDate: '2026-11-27',
        targetDate: '2026-11-27',
        releasedAt: null,
        gates: [
          { gate: 'change_approval', state: 'approved', decidedBy: 'Eva', decidedAt: '2026-11-19T13:00:00.000Z' },
          { gate: 'security_review', state: 'rejected', decidedBy: 'Marco', decidedAt: '2026-11-23T09:30:00.000Z' },
          { gate: 'ato', state: 'not_needed', decidedBy: null, decidedAt: null },
          { gate: 'qa_signoff', state: 'pending', decidedBy: null, decidedAt: null },
          { gate: 'dr_docs', state: 'pending', decidedBy: null, decidedAt: null },
        ],
        deployments: [
          { status: 'succeeded', at: '2026-11-18T14:00:00.000Z' },
          { status: 'in_progress', at: '2026-11-24T11:00:00.000Z' },
          { status: 'failed', at: '2026-11-23T23:30:00.000Z' },
          null,
        ],
      });
      // A major release with no gate rows: all five pending, ATO included; nothing deployed anywhere.
      expect(mobile).toMatchObject({ plannedDate: '2026-11-20', targetDate: '2026-12-04', major: true, deployments: [null, null, null, null] });
      expect(mobile!.gates.map((g) => g.state)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    });

    it('shows at most what fits, and counts the rest', async () => {
      await insertEnvironments(backend.db, north.trainId, ENVIRONMENTS);
      const count = LISTED_RELEASES + 2;
      await backend.db
        .insertInto('releases')
        .values(Array.from({ length: count }, (_, i) => release(north.trainId, `R${i}`, { target_date: `2026-12-${String(10 - i).padStart(2, '0')}` })))
        .execute();
      const dto = (await loadReleases(backend.db, { kind: 'releases', train: 'north' }, NOW))!;
      expect(dto.total).toBe(count);
      // Soonest target first: R<count-1> has the earliest date (10 - i December), then down by one.
      expect(LISTED_RELEASES).toBe(4);
      expect(dto.releases.map((r) => r.key)).toEqual(['R5', 'R4', 'R3', 'R2']);
    });
  });

  describe('ingest', () => {
    const releases = () =>
      backend.db
        .selectFrom('releases')
        .innerJoin('trains', 'trains.id', 'releases.train_id')
        .select(['releases.key', 'trains.slug as train', 'releases.name', 'releases.planned_date', 'releases.target_date', 'releases.released_at', 'releases.cancelled', 'releases.changed_at'])
        .orderBy('releases.key')
        .execute();
    const gates = () => backend.db.selectFrom('release_gates').select(['gate', 'state', 'decided_by', 'decided_at', 'note', 'changed_at']).orderBy('gate').execute();
    async function refused(events: Parameters<typeof applyInTransaction>[1]) {
      const error = await applyInTransaction(backend.db, events).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownReferenceError);
      return (error as UnknownReferenceError).problems;
    }
    const T1 = '2026-11-24T09:00:00Z';
    const T2 = '2026-11-24T10:00:00Z';
    const T3 = '2026-11-24T11:00:00Z';

    it('a new release without a planned date is planned for its target; later targets keep the planned date, a given one replaces it', async () => {
      const result = await applyInTransaction(backend.db, [upserted('REL-1', T1, { targetDate: '2026-11-27' })]);
      expect(result.affectedKeys).toEqual(['releases:north']);
      await applyInTransaction(backend.db, [upserted('REL-1', T2, { targetDate: '2026-12-02' })]);
      expect(await releases()).toEqual([
        { key: 'REL-1', train: 'north', name: 'Release REL-1', planned_date: '2026-11-27', target_date: '2026-12-02', released_at: null, cancelled: false, changed_at: new Date(T2) },
      ]);
      await applyInTransaction(backend.db, [upserted('REL-1', T3, { targetDate: '2026-12-02', plannedDate: '2026-11-30', releasedAt: '2026-11-24T10:30:00Z' })]);
      expect((await releases())[0]).toMatchObject({ planned_date: '2026-11-30', released_at: new Date('2026-11-24T10:30:00Z') });
    });

    it('the newest occurredAt wins, in a batch in any order and across batches; a key moved to another train moves both boards', async () => {
      await applyInTransaction(backend.db, [upserted('REL-1', T3, { name: 'Newest' }), upserted('REL-1', T1, { name: 'Oldest' })]);
      await applyInTransaction(backend.db, [upserted('REL-1', T2, { name: 'Late' })]);
      expect((await releases()).map((r) => r.name)).toEqual(['Newest']);
      const moved = await applyInTransaction(backend.db, [upserted('REL-1', T3, { train: 'south', name: 'Moved' })]);
      expect(moved.affectedKeys.sort()).toEqual(['releases:north', 'releases:south']);
    });

    it('refuses an unknown train by field; nothing of the batch is stored', async () => {
      expect(await refused([upserted('REL-1', T1), upserted('REL-2', T1, { train: 'west' })])).toEqual([{ path: 'events.1.data.train', message: 'unknown train "west"' }]);
      expect(await releases()).toEqual([]);
    });

    it('gate decisions: decidedAt defaults to occurredAt, pending has none, and the newest wins per release and gate', async () => {
      const result = await applyInTransaction(backend.db, [
        upserted('REL-1', T1),
        decided('REL-1', T2, { gate: 'qa_signoff', state: 'approved' }),
        decided('REL-1', T2, { gate: 'dr_docs', state: 'pending', decidedBy: 'Sam', decidedAt: T1 }),
        decided('REL-1', T1, { gate: 'security_review', state: 'rejected', decidedBy: 'Marco', decidedAt: '2026-11-24T08:00:00Z', note: 'CVE open' }),
      ]);
      expect(result.affectedKeys).toEqual(['releases:north']);
      expect(await gates()).toEqual([
        { gate: 'dr_docs', state: 'pending', decided_by: 'Sam', decided_at: null, note: null, changed_at: new Date(T2) },
        { gate: 'qa_signoff', state: 'approved', decided_by: 'Lena', decided_at: new Date(T2), note: null, changed_at: new Date(T2) },
        { gate: 'security_review', state: 'rejected', decided_by: 'Marco', decided_at: new Date('2026-11-24T08:00:00Z'), note: 'CVE open', changed_at: new Date(T1) },
      ]);
      // Later and earlier in one batch, then a late one: the newest stays.
      await applyInTransaction(backend.db, [
        decided('REL-1', T1, { gate: 'security_review', state: 'pending' }),
        decided('REL-1', T3, { gate: 'security_review', state: 'approved', decidedBy: 'Marco' }),
      ]);
      await applyInTransaction(backend.db, [decided('REL-1', T2, { gate: 'security_review', state: 'rejected' })]);
      expect((await gates()).find((g) => g.gate === 'security_review')).toMatchObject({ state: 'approved', decided_at: new Date(T3), note: null });
    });

    it('refuses a decision on an unknown release by its field', async () => {
      await applyInTransaction(backend.db, [upserted('REL-1', T1)]);
      expect(await refused([decided('REL-1', T2), decided('REL-404', T2)])).toEqual([{ path: 'events.1.data.release', message: 'unknown release "REL-404"' }]);
      expect(await gates()).toEqual([]);
    });
  });
});
