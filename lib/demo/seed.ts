import type { Kysely } from 'kysely';
import { insertAnnouncement } from '../../db/queries/announcements';
import { insertPlaylist, replacePlaylistItems } from '../../db/queries/playlists';
import { holdsAnyData, insertTeams, insertTrain } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import { applyEvents } from '../ingest/apply';
import type { PlaylistItemInput } from '../playlists/types';
import { demoCalendar, type DemoCalendar } from './calendar';
import { DEMO_TEAMS, DEMO_TRAIN } from './catalogue';
import { demoDeploymentEvents } from './deployments';
import { demoEvents } from './events';
import { demoQualityEvents } from './quality';
import { demoImpedimentEvents } from './impediments';
import { demoIncidentEvents } from './incidents';
import { demoKpiValueEvents, seedDemoKpis } from './kpis';
import { demoReleaseEvents, seedDemoEnvironments } from './releases';
import { demoRiskEvents } from './risks';

export const DEMO_PLAYLIST_NAME = 'Train overview';

/** The demo's welcome notice, naming the PI the demo calendar places today in. */
export function demoAnnouncement(calendar: DemoCalendar): { title: string; body: string } {
  return {
    title: `Welcome to ${calendar.piName}`,
    body: 'Welcome to the **Northstar Release Train**.\n\n- System demo: **Room 4.12**, every second Friday\n- PI planning: *see the header for the date*',
  };
}

/** As the ingest API takes them: batches of a few hundred events keep each statement's parameter list modest. */
const SEED_BATCH = 500;

/** The default playlist: the whole train's delivery and operations first, then every team's burndown in turn. */
export function demoPlaylistItems(seconds: number): PlaylistItemInput[] {
  return [
    { kind: 'burndown', params: { scope: 'train' }, seconds },
    { kind: 'pi-burnup', params: { measure: 'points' }, seconds },
    { kind: 'objectives', params: {}, seconds },
    { kind: 'impediments', params: {}, seconds },
    { kind: 'risks', params: {}, seconds },
    { kind: 'incidents', params: {}, seconds },
    { kind: 'kpis', params: {}, seconds },
    { kind: 'releases', params: {}, seconds },
    { kind: 'dora', params: {}, seconds },
    { kind: 'quality', params: {}, seconds },
    { kind: 'flow', params: {}, seconds },
    { kind: 'pi-burnup', params: { measure: 'features' }, seconds },
    { kind: 'burndown', params: {}, seconds },
  ];
}

/**
 * Seeds the demo train into an empty database; a database that holds anything is never touched.
 * rotationSeconds: how long the demo playlist shows each panel (pass the configured rotation).
 */
export async function seedDemoIfEmpty(db: Kysely<Database>, now: Date, options: { rotationSeconds?: number } = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (await holdsAnyData(trx)) return false;
    // The demo wall is public so that a fresh install shows a live wall before anyone pairs a TV.
    const train = await insertTrain(trx, { slug: DEMO_TRAIN.slug, name: DEMO_TRAIN.name, time_zone: DEMO_TRAIN.timeZone, public_wall: true });
    await insertTeams(trx, DEMO_TEAMS.map((t) => ({ train_id: train.id, slug: t.slug, name: t.name })));
    // The train's default playlist: a newly paired TV without a playlist of its own plays it.
    const playlist = await insertPlaylist(trx, { trainId: train.id, name: DEMO_PLAYLIST_NAME, now });
    await replacePlaylistItems(trx, playlist.id, demoPlaylistItems(options.rotationSeconds ?? 20));
    const calendar = demoCalendar(now, DEMO_TRAIN.timeZone);
    // One announcement to start from; the RTE adds it to a playlist (or edits it) in the console.
    await insertAnnouncement(trx, { train_id: train.id, ...demoAnnouncement(calendar), created_at: now, updated_at: now });
    // KPIs and environments are defined in the console, never by feeds: the values and deployments below name them.
    await seedDemoKpis(trx, train.id, now);
    await seedDemoEnvironments(trx, train.id);
    // Everything else goes the ingest API's write path, PI and calendar included, so the demo exercises what real
    // feeds do. The operations' events follow the PI, which risks name.
    const events = [
      ...demoEvents(calendar, DEMO_TRAIN.timeZone, now),
      ...[demoImpedimentEvents, demoRiskEvents, demoIncidentEvents, demoKpiValueEvents, demoReleaseEvents, demoDeploymentEvents, demoQualityEvents].flatMap((kind) =>
        kind(calendar, DEMO_TRAIN.timeZone, now),
      ),
    ];
    for (let i = 0; i < events.length; i += SEED_BATCH) await applyEvents(trx, events.slice(i, i + SEED_BATCH));
    return true;
  });
}
