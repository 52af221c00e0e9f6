import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DatabaseKind } from '../db/connect';
import type { Database } from '../db/schema';
import type { Config } from './config';
import type { PanelPublisher, SignalboxServer } from './realtime/publisher';

/** What server.ts opens once and every request handler shares. */
export interface Runtime {
  config: Config;
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  log: Logger;
  publisher: PanelPublisher;
  /** socket.io: push configs, alerts and commands to display rooms (lib/realtime/events.ts names them). */
  io: SignalboxServer;
  /** The build this server runs; displays on another build reload at a rotation boundary. */
  build: string;
}

// server.ts and Next's route bundles load separate copies of this module: globalThis is what they share.
const RUNTIME_KEY = Symbol.for('signalbox.runtime');
type RuntimeHolder = { [RUNTIME_KEY]?: Runtime };

export function setRuntime(runtime: Runtime | undefined): void {
  (globalThis as RuntimeHolder)[RUNTIME_KEY] = runtime;
}

export function getRuntime(): Runtime {
  const runtime = (globalThis as RuntimeHolder)[RUNTIME_KEY];
  if (!runtime) throw new Error('Signalbox runtime is not initialised: start the app with server.ts');
  return runtime;
}
