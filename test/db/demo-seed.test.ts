import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { findTrainBySlug } from '../../db/queries/trains';
import { DEMO_TEAMS } from '../../lib/demo/catalogue';
import { DEMO_PLAYLIST_NAME, seedDemoIfEmpty } from '../../lib/demo/seed';
import type { AnnouncementDto } from '../../lib/panels/announcement/types';
import { simulateOnce } from '../../lib/demo/simulator';
import { ingestEvents } from '../../lib/ingest/ingest';
import { seededRandom } from '../../lib/demo/random';
import type { BurndownDto } from '../../lib/panels/burndown/types';
import type { CadenceDto } from '../../lib/panels/cadence/types';
import type { FlowDto } from '../../lib/panels/flow/types';
import { loadPanel } from '../../lib/panels/load';
import type { ObjectivesDto } from '../../lib/panels/objectives/types';
import type { PiBurnupDto } from '../../lib/panels/pi-burnup/types';
import { describeEachBackend } from '../support/databases';
import { testRuntime } from '../support/runtime';

// Thursday 26 November 2026, 15:00 in Amsterdam: day 4 of iteration 3 of PI 26.4 (26 October - 1 January).
const NOW = new Date('2026-11-26T14:00:00Z');

describeEachBackend('the demo seed', (backend) => {
  const load = async <T,>(key: string, now = NOW) => {
    const dto = await loadPanel(backend.db, key, now);
    expect(dto, key).toBeDefined();
    return dto as T;
  };

  it('seeds an empty database once, and never touches one that holds anything', async () => {
    expect(await seedDemoIfEmpty(backend.db, NOW, { rotationSeconds: 15 })).toBe(true);
    expect(await seedDemoIfEmpty(backend.db, NOW)).toBe(false);
    const counts = await sql<{ teams: number; features: number; objectives: number }>`
      select (select count(*) from teams)::int as teams, (select count(*) from features)::int as features,
             (select count(*) from pi_objectives)::int as objectives
    `.execute(backend.db);
    expect(counts.rows[0]).toEqual({ teams: 6, features: 14, objectives: 28 });
  });

  it('seeds one announcement, "Welcome to PI 26.4", that its panel key loads with bold text', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const rows = await backend.db.selectFrom('announcements').select(['id', 'title']).execute();
    expect(rows.map((r) => r.title)).toEqual(['Welcome to PI 26.4']);
    const dto = (await loadPanel(backend.db, `announcement:demo:${rows[0]!.id}`, NOW)) as AnnouncementDto;
    expect(dto.title).toBe('Welcome to PI 26.4');
    expect(dto.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Welcome to the ' }, { type: 'bold', children: [{ type: 'text', text: 'Northstar Release Train' }] }, { type: 'text', text: '.' }] });
  });

  it('names the PI of the day it seeds in its welcome: a seed in February welcomes to PI 27.1', async () => {
    await seedDemoIfEmpty(backend.db, new Date('2027-02-10T10:00:00Z'));
    const rows = await backend.db.selectFrom('announcements').select('title').execute();
    expect(rows).toEqual([{ title: 'Welcome to PI 27.1' }]);
  });

  it('gives the train a default playlist: the whole train’s delivery and operations first, then every team’s burndown', async () => {
    await seedDemoIfEmpty(backend.db, NOW, { rotationSeconds: 15 });
    const items = await backend.db
      .selectFrom('playlist_items')
      .innerJoin('playlists', 'playlists.id', 'playlist_items.playlist_id')
      .select(['playlists.name', 'playlist_items.kind', 'playlist_items.params', 'playlist_items.seconds'])
      .orderBy('playlist_items.position')
      .execute();
    expect(items.map((i) => [i.name, i.kind, typeof i.params === 'string' ? JSON.parse(i.params) : i.params, i.seconds])).toEqual([
      [DEMO_PLAYLIST_NAME, 'burndown', { scope: 'train' }, 15],
      [DEMO_PLAYLIST_NAME, 'pi-burnup', { measure: 'points' }, 15],
      [DEMO_PLAYLIST_NAME, 'objectives', {}, 15],
      [DEMO_PLAYLIST_NAME, 'impediments', {}, 15],
      [DEMO_PLAYLIST_NAME, 'risks', {}, 15],
      [DEMO_PLAYLIST_NAME, 'incidents', {}, 15],
      [DEMO_PLAYLIST_NAME, 'kpis', {}, 15],
      [DEMO_PLAYLIST_NAME, 'releases', {}, 15],
      [DEMO_PLAYLIST_NAME, 'dora', {}, 15],
      [DEMO_PLAYLIST_NAME, 'quality', {}, 15],
      [DEMO_PLAYLIST_NAME, 'flow', {}, 15],
      [DEMO_PLAYLIST_NAME, 'pi-burnup', { measure: 'features' }, 15],
      [DEMO_PLAYLIST_NAME, 'burndown', {}, 15],
    ]);
  });

  it('every team is in iteration 3 on day 4, at its recognisable pace; Comet had scope added', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const paces: Record<string, string> = {};
    for (const team of DEMO_TEAMS) {
      const dto = await load<BurndownDto>(`burndown:${team.slug}:points`);
      expect(dto.iteration).toMatchObject({ number: 3, code: '26.4-3', piName: 'PI 26.4', dayNumber: 4, workingDays: 10 });
      // Start, then days 1-4 read from history; the rest to come.
      expect(dto.remaining.filter((r) => r !== null)).toHaveLength(5);
      expect(dto.scopeAtStart).toBeGreaterThan(20);
      expect(dto.remainingNow).toBeLessThan(dto.scopeNow);
      // Comet's pace depends on how much was added; what it promises is the added scope.
      if (team.slug !== 'comet') paces[team.slug] = dto.pace;
      const hours = await load<BurndownDto>(`burndown:${team.slug}:hours`);
      expect(hours.scopeAtStart).toBeGreaterThan(0);
    }
    expect(paces).toEqual({ atlas: 'behind', borealis: 'ahead', dynamo: 'on-track', ember: 'on-track', fjord: 'behind' });
    const comet = await load<BurndownDto>('burndown:comet:points');
    expect(comet.scopeNow).toBeGreaterThan(comet.scopeAtStart);
    expect(comet.scopeChanges.some((c) => c.added > 0)).toBe(true);

    const train = await load<BurndownDto>('train-burndown:demo:points');
    expect(train.iteration).toMatchObject({ number: 3, dayNumber: 4 });
    expect(train.scopeNow).toBeGreaterThan(150);
    expect(train.remainingNow).toBeLessThan(train.scopeAtStart);
  });

  it('burns up the PI by points and by features: two iterations done, at least one feature finished', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const points = await load<PiBurnupDto>('pi-burnup:demo:points');
    expect(points.pi).toMatchObject({ name: 'PI 26.4', iterations: 5, nowIndex: 3 });
    const [start, afterFirst, afterSecond, now] = points.completed;
    expect(start).toBe(0);
    expect(afterFirst).toBeGreaterThan(100);
    expect(afterSecond).toBeGreaterThan(afterFirst!);
    expect(now).toBeGreaterThan(afterSecond!);
    expect(points.scopeNow).toBeGreaterThan(points.completedNow);

    const features = await load<PiBurnupDto>('pi-burnup:demo:features');
    // 11 features and 3 enablers.
    expect(features.scopeNow).toBe(14);
    expect(features.completedNow).toBeGreaterThanOrEqual(1);
    expect(features.completedNow).toBeLessThan(features.scopeNow);
    const implementing = await backend.db.selectFrom('features').select('key').where('status_category', '=', 'active').execute();
    expect(implementing.length).toBeGreaterThanOrEqual(1);
  });

  it('rates objectives at the past system demos: train predictability in SAFe’s band, one team below it', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const dto = await load<ObjectivesDto>('objectives:demo');
    // Σ actual 68 / Σ planned 82 of the rated committed objectives = 82.9 %.
    expect(dto.art).toMatchObject({ percent: 83, planned: 82, actual: 68, rated: 12, total: 28 });
    expect(dto.art.percent).toBeGreaterThanOrEqual(70);
    expect(dto.art.percent).toBeLessThanOrEqual(95);
    // Atlas 10/13 = 77 %, Fjord 9/14 = 64 %.
    expect(dto.teams.filter((t) => (t.percent ?? 100) < 80).map((t) => [t.slug, t.percent])).toEqual([
      ['atlas', 77],
      ['fjord', 64],
    ]);
    for (const team of dto.teams) expect(team.uncommitted.count).toBe(1);
  });

  it('flows believably: a median flow time of 3-8 days, efficiency 30-60 %, work in progress and all four kinds of work', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const dto = await load<FlowDto>('flow:demo');
    expect(dto.time.medianDays).toBeGreaterThanOrEqual(3);
    expect(dto.time.medianDays).toBeLessThanOrEqual(8);
    expect(dto.efficiency.percent).toBeGreaterThanOrEqual(30);
    expect(dto.efficiency.percent).toBeLessThanOrEqual(60);
    expect(dto.load.now).toBeGreaterThan(6);
    expect(dto.load.trend.every((point) => point.count > 0)).toBe(true);
    for (const type of dto.distribution.types) expect(type.count, type.type).toBeGreaterThan(0);
    expect(dto.velocity.iterations.map((it) => [it.number, it.finished])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(dto.predictability.percent).toBe(83);
    // "Ready for UAT" is the train's own waiting status.
    const waiting = await backend.db.selectFrom('work_items').select('key').where('status', '=', 'Ready for UAT').where('status_category', '=', 'waiting').execute();
    expect(waiting.length).toBeGreaterThan(0);
  });

  it('heads the wall with PI 26.4, iteration 3 and the coming system demo, then the next PI planning', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const dto = await load<CadenceDto>('cadence:demo');
    expect(dto.pi).toEqual({ name: 'PI 26.4', startDate: '2026-10-26', endDate: '2027-01-01' });
    expect(dto.iteration).toMatchObject({ number: 3, name: 'Iteration 3', kind: 'regular', startDate: '2026-11-23', endDate: '2026-12-04' });
    expect(dto.upcoming[0]).toEqual({ kind: 'system_demo', title: 'System demo · Iteration 3', startDate: '2026-12-04', endDate: '2026-12-04' });
    expect(dto.upcoming.some((e) => e.kind === 'pi_planning' && e.startDate === '2027-01-04')).toBe(true);
  });

  it('the simulator moves items and, once a feature’s stories are all done, the feature; links to features survive', async () => {
    await seedDemoIfEmpty(backend.db, NOW);
    const runtime = testRuntime(backend);
    const published = runtime.publisher.published;
    const linked = async () =>
      Number((await backend.db.selectFrom('work_items').select((eb) => eb.fn.countAll<number>().as('n')).where('feature_key', 'is not', null).executeTakeFirstOrThrow()).n);
    const before = await linked();
    const random = seededRandom(7);
    for (let tick = 1; tick <= 25; tick++) {
      const event = await simulateOnce(runtime, random, new Date(NOW.getTime() + tick * 60_000));
      expect(event).toBeDefined();
    }
    expect(await linked()).toBeGreaterThanOrEqual(before);
    expect(published.length).toBe(25);

    // Finish every story of a feature under way: the next feature tick marks it done.
    const train = (await findTrainBySlug(backend.db, 'demo'))!;
    const feature = await backend.db.selectFrom('features').select('key').where('train_id', '=', train.id).where('status_category', '=', 'active').orderBy('key').executeTakeFirstOrThrow();
    const open = await backend.db
      .selectFrom('work_items')
      .innerJoin('teams', 'teams.id', 'work_items.team_id')
      .leftJoin('iterations', 'iterations.id', 'work_items.iteration_id')
      .select(['work_items.key', 'work_items.title', 'work_items.kind', 'work_items.points', 'teams.slug as team', 'iterations.code as iteration'])
      .where('work_items.feature_key', '=', feature.key)
      .where('work_items.status_category', '<>', 'done')
      .execute();
    const at = new Date(NOW.getTime() + 30 * 60_000).toISOString();
    await ingestEvents(
      runtime,
      open.map((item, n) => ({
        id: `test-finish-${n}`,
        type: 'work_item.upserted' as const,
        occurredAt: at,
        data: { key: item.key, team: item.team, iteration: item.iteration, title: item.title, kind: item.kind, points: item.points, hoursRemaining: 0, status: 'Done', feature: feature.key },
      })),
    );
    const step = await simulateOnce(runtime, () => 0, new Date(NOW.getTime() + 31 * 60_000));
    expect(step).toMatchObject({ type: 'feature.upserted', data: { status: 'Done' } });
    const done = await backend.db.selectFrom('features').select(['key', 'status_category']).where('key', '=', step!.type === 'feature.upserted' ? step!.data.key : '').executeTakeFirstOrThrow();
    expect(done.status_category).toBe('done');
  });
});
