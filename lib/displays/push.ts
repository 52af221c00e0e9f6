import { displayRoom } from '../realtime/events';
import type { Runtime } from '../runtime';
import { loadDisplayConfig } from './config';

/**
 * Sends each display its new configuration after a committed change; the TV applies it at its next rotation
 * boundary. A push that fails is logged, not thrown: the change is saved, and the TV resyncs on reconnect.
 */
export async function pushDisplayConfigs(runtime: Pick<Runtime, 'db' | 'config' | 'io' | 'log'>, displayIds: Iterable<number>): Promise<void> {
  for (const displayId of new Set(displayIds)) {
    try {
      const config = await loadDisplayConfig(runtime, displayId);
      if (config) runtime.io.to(displayRoom(displayId)).emit('display-config', config);
    } catch (error) {
      runtime.log.error({ err: error, displayId }, 'could not push a display its configuration');
    }
  }
}
