import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import pino from 'pino';
import { Server } from 'socket.io';
import { openDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { loadConfig } from './lib/config';
import { seedDemoIfEmpty } from './lib/demo/seed';
import { startSimulator } from './lib/demo/simulator';
import { startFleetUpkeep } from './lib/fleet/registry';
import { replaceForwardedHeaders } from './lib/http/forwarded';
import type { ClientToServerEvents, ServerToClientEvents } from './lib/realtime/events';
import { createPanelPublisher } from './lib/realtime/publisher';
import { handleSockets } from './lib/realtime/socket-server';
import { readBuildId } from './lib/build';
import { setRuntime, type Runtime } from './lib/runtime';

const SHUTDOWN_DEADLINE_MS = 5_000;

const config = loadConfig(process.env);
const log = pino({ level: config.logLevel, base: { app: 'signalbox' } });
const startedAt = performance.now();

const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.resolve(config.dataDir),
  onConnectionError: (error) => log.warn({ err: error }, 'a database connection was dropped; the pool will reconnect'),
});
log.info({ kind: database.kind, dataDir: database.kind === 'pglite' ? path.resolve(config.dataDir) : undefined }, 'database open');
const migrations = await migrateToLatest(database.db);
log.info({ applied: migrations.results?.map((r) => r.migrationName) ?? [] }, 'migrations up to date');
if (config.demo && (await seedDemoIfEmpty(database.db, new Date(), { rotationSeconds: config.rotationSeconds }))) log.info('demo train seeded');

const httpServer = createServer();
const app = next({ dev: config.dev, hostname: config.host, port: config.port, httpServer });
await app.prepare();
const handle = app.getRequestHandler();
// Registered before socket.io attaches, so that socket.io wraps it: /socket.io stays socket.io's, the rest goes to Next.
httpServer.on('request', (req, res) => {
  if (!config.trustProxy) replaceForwardedHeaders(req);
  handle(req, res).catch((error: unknown) => {
    log.error({ err: error, url: req.url }, 'request failed');
    if (!res.headersSent) res.writeHead(500).end('Internal Server Error');
  });
});
const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, { serveClient: false });
const publisher = createPanelPublisher({ db: database.db, log });
publisher.attach(io);
const runtime: Runtime = { config, db: database.db, dbKind: database.kind, log, publisher, io, build: readBuildId(config.dev) };
setRuntime(runtime);
handleSockets(io, runtime, runtime.build);

await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
log.info({ url: `http://${config.host}:${config.port}`, startupMs: Math.round(performance.now() - startedAt) }, 'Signalbox is up');

const simulator = config.demo && config.simulator ? startSimulator(runtime, config.simulatorSeconds * 1000) : undefined;
const fleetUpkeep = startFleetUpkeep(runtime);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log.info({ signal }, 'shutting down');
  setTimeout(() => {
    log.error('shutdown took longer than 5 s: exiting anyway');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  await simulator?.stop();
  await fleetUpkeep.stop().catch(() => undefined);
  // Stops accepting, disconnects every display, then closes the HTTP server; idle keep-alive sockets go at once.
  const closed = new Promise<void>((resolve) => io.close(() => resolve()));
  httpServer.closeIdleConnections();
  setTimeout(() => httpServer.closeAllConnections(), 1_000).unref();
  await closed;
  await app.close().catch(() => undefined);
  await database.close();
  setRuntime(undefined);
  log.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
