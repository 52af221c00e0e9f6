import { displaysOfTrain } from '../../db/queries/displays';
import { findTrainBySlug } from '../../db/queries/trains';
import { pushDisplayConfigs } from '../displays/push';
import type { Runtime } from '../runtime';
import { applyEvents, type ApplyResult } from './apply';
import type { IngestEvent } from './schema';

type Services = Pick<Runtime, 'db' | 'publisher' | 'log' | 'config' | 'io'>;

/**
 * The one write path for tracker data, used by the HTTP API and the demo simulator alike:
 * the whole batch commits in one transaction, and only then do the displays hear of it.
 */
export async function ingestEvents(runtime: Services, events: IngestEvent[]): Promise<ApplyResult> {
  const result = await runtime.db.transaction().execute((trx) => applyEvents(trx, events));
  if (result.affectedKeys.length > 0) {
    runtime.publisher.publish(result.affectedKeys).catch((error: unknown) => {
      runtime.log.error({ err: error }, 'publishing panels after ingest failed');
    });
  }
  if (result.calendarTrains.length > 0) {
    pushCalendarConfigs(runtime, result.calendarTrains).catch((error: unknown) => {
      runtime.log.error({ err: error }, 'pushing display configurations after a calendar change failed');
    });
  }
  return result;
}

/** PI planning days and IP iterations switch cadence-aware schedules: the trains' displays get new configurations. */
async function pushCalendarConfigs(runtime: Services, trainSlugs: string[]): Promise<void> {
  for (const slug of trainSlugs) {
    const train = await findTrainBySlug(runtime.db, slug);
    if (train) await pushDisplayConfigs(runtime, await displaysOfTrain(runtime.db, train.id));
  }
}
