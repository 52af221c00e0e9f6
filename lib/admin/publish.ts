import { affectedPanelKeys, type ChangedData } from '../panels/affected';
import type { Runtime } from '../runtime';

/**
 * Pushes these panels to the walls after a console save. The change is committed whatever happens here: a failed
 * push is logged ("publishing <what> failed"), never thrown, so it cannot read as a failed save.
 */
export async function publishPanels(runtime: Pick<Runtime, 'publisher' | 'log'>, keys: string[], what: string): Promise<void> {
  await runtime.publisher.publish(keys).catch((error: unknown) => runtime.log.error({ err: error }, `publishing ${what} failed`));
}

/** The panels of these trains that show this kind of data are loaded again and pushed (see publishPanels). */
export async function publishTrainData(runtime: Pick<Runtime, 'publisher' | 'log'>, trains: string[], changed: ChangedData, what: string): Promise<void> {
  const keys = affectedPanelKeys([...new Set(trains)].map((train) => ({ train, teams: [], changed: [changed] })));
  await publishPanels(runtime, keys, what);
}
