import type { Runtime } from '../runtime';
import { panelKeysForTeams } from '../panels/load';
import { applyEvents, type ApplyResult } from './apply';
import type { IngestEvent } from './schema';

/**
 * The one write path for tracker data, used by the HTTP API and the demo simulator alike:
 * the whole batch commits in one transaction, and only then do the displays hear of it.
 */
export async function ingestEvents(runtime: Pick<Runtime, 'db' | 'publisher' | 'log'>, events: IngestEvent[]): Promise<ApplyResult> {
  const result = await runtime.db.transaction().execute((trx) => applyEvents(trx, events));
  if (result.affectedTeams.length > 0) {
    runtime.publisher.publish(panelKeysForTeams(result.affectedTeams)).catch((error: unknown) => {
      runtime.log.error({ err: error }, 'publishing panels after ingest failed');
    });
  }
  return result;
}
