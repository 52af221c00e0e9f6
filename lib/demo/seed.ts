import type { Kysely } from 'kysely';
import { holdsAnyData, insertIterations, insertProgramIncrement, insertTeams, insertTrain } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import { applyEvents } from '../ingest/apply';
import { demoCalendar } from './calendar';
import { DEMO_TEAMS, DEMO_TRAIN } from './catalogue';
import { demoHistory } from './history';

/** Seeds the demo train into an empty database; a database that holds anything is never touched. */
export async function seedDemoIfEmpty(db: Kysely<Database>, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (await holdsAnyData(trx)) return false;
    const train = await insertTrain(trx, { slug: DEMO_TRAIN.slug, name: DEMO_TRAIN.name, time_zone: DEMO_TRAIN.timeZone });
    await insertTeams(trx, DEMO_TEAMS.map((t) => ({ train_id: train.id, slug: t.slug, name: t.name })));
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
