import type { Kysely } from 'kysely';
import { insertPlaylist, replacePlaylistItems } from '../../db/queries/playlists';
import { holdsAnyData, insertIterations, insertProgramIncrement, insertTeams, insertTrain } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import { applyEvents } from '../ingest/apply';
import { demoCalendar } from './calendar';
import { DEMO_TEAMS, DEMO_TRAIN } from './catalogue';
import { demoHistory } from './history';

export const DEMO_PLAYLIST_NAME = 'Team burndowns';

/**
 * Seeds the demo train into an empty database; a database that holds anything is never touched.
 * rotationSeconds: how long the demo playlist shows each team (pass the configured rotation).
 */
export async function seedDemoIfEmpty(db: Kysely<Database>, now: Date, options: { rotationSeconds?: number } = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (await holdsAnyData(trx)) return false;
    // The demo wall is public so that a fresh install shows a live wall before anyone pairs a TV.
    const train = await insertTrain(trx, { slug: DEMO_TRAIN.slug, name: DEMO_TRAIN.name, time_zone: DEMO_TRAIN.timeZone, public_wall: true });
    await insertTeams(trx, DEMO_TEAMS.map((t) => ({ train_id: train.id, slug: t.slug, name: t.name })));
    // The train's default playlist: a newly paired TV without a playlist of its own plays it.
    const playlist = await insertPlaylist(trx, { trainId: train.id, name: DEMO_PLAYLIST_NAME, now });
    await replacePlaylistItems(trx, playlist.id, [{ kind: 'burndown', params: {}, seconds: options.rotationSeconds ?? 20 }]);
    const calendar = demoCalendar(now, DEMO_TRAIN.timeZone);
    const pi = await insertProgramIncrement(trx, {
      train_id: train.id,
      name: calendar.piName,
      start_date: calendar.startDate,
      end_date: calendar.endDate,
    });
    await insertIterations(
      trx,
      calendar.iterations.map((it) => ({
        train_id: train.id,
        pi_id: pi.id,
        number: it.number,
        code: it.code,
        name: it.name,
        kind: it.kind,
        start_date: it.startDate,
        end_date: it.endDate,
      })),
    );
    // The same write path as the ingest API, so the demo exercises what real feeds do.
    await applyEvents(trx, demoHistory(calendar, DEMO_TRAIN.timeZone, now));
    return true;
  });
}
