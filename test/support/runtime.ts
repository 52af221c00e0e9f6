import type { Kysely } from 'kysely';
import pino from 'pino';
import type { DatabaseKind } from '../../db/connect';
import type { Database } from '../../db/schema';
import { loadConfig, type Config } from '../../lib/config';
import type { PanelPublisher } from '../../lib/realtime/publisher';
import type { Runtime } from '../../lib/runtime';
import { fakeIo, type FakeIo } from './fake-io';

/** A publisher that only records which keys it was asked to publish, one array per call. */
export interface RecordingPublisher extends PanelPublisher {
  published: string[][];
}

export function recordingPublisher(): RecordingPublisher {
  const published: string[][] = [];
  return {
    published,
    get: async () => undefined,
    publish: async (keys) => {
      published.push([...keys]);
    },
    attach: () => undefined,
  };
}

export interface TestRuntime extends Runtime {
  publisher: RecordingPublisher;
  io: FakeIo;
}

/** The runtime request handlers get, on a test database, with default config plus overrides and a silent log. */
export function testRuntime(database: { db: Kysely<Database>; kind: DatabaseKind }, config: Partial<Config> = {}): TestRuntime {
  return {
    config: { ...loadConfig({}), ...config },
    db: database.db,
    dbKind: database.kind,
    log: pino({ level: 'silent' }),
    publisher: recordingPublisher(),
    io: fakeIo(),
    build: 'test-build',
  };
}
