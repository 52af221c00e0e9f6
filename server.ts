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
import type { ClientToServerEvents, ServerToClientEvents } from './lib/realtime/events';
import { createPanelPublisher } from './lib/realtime/publisher';
import { handleDisplaySockets } from './lib/realtime/socket-server';
import { setRuntime } from './lib/runtime';

const SHUTDOWN_DEADLINE_MS = 5_000;

const config = loadConfig(process.env);
const log = pino({ level: config.logLevel, base: { app: 'signalbox' } });
const startedAt = performance.now();

const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.resolve(config.dataDir),
});
log.info({ kind: database.kind, dataDir: database.kind === 'pglite' ? path.resolve(config.dataDir) : undefined }, 'database open');
const migrations = await migrateToLatest(database.db);
log.info({ applied: migrations.results?.map((r) => r.migrationName) ?? [] }, 'migrations up to date');
if (config.demo && (await seedDemoIfEmpty(database.db, new Date()))) log.info('demo train seeded');

const publisher = createPanelPublisher({ db: database.db, log });
const runtime = { config, db: database.db, dbKind: database.kind, log, publisher };
setRuntime(runtime);

const httpServer = createServer();
const app = next({ dev: config.dev, hostname: config.host, port: config.port, httpServer });
await app.prepare();
const handle = app.getRequestHandler();
httpServer.on('request', (req, res) => {
  handle(req, res).catch((error: unknown) => {
    log.error({ err: error, url: req.url }, 'request failed');
    if (!res.headersSent) res.writeHead(500).end('Internal Server Error');
  });
});

// socket.io answers /socket.io itself and passes every other request on to Next.
const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, { serveClient: false });
publisher.attach(io);
handleDisplaySockets(io, log);

await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
log.info({ url: `http://${config.host}:${config.port}`, startupMs: Math.round(performance.now() - startedAt) }, 'Signalbox is up');

const simulator = config.demo && config.simulator ? startSimulator(runtime, config.simulatorSeconds * 1000) : undefined;

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
