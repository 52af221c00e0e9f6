// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the PGlite data folder.
import path from 'node:path';
import { loadConfig } from '../lib/config';
import { openDatabase } from './connect';
import { migrateToLatest } from './migrate';

const command = process.argv[2];
if (command !== 'migrate') {
  process.stderr.write('usage: node --import tsx db/cli.ts migrate\n');
  process.exit(2);
}
const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.resolve(config.dataDir) });
try {
  const result = await migrateToLatest(database.db);
  const applied = result.results?.map((r) => r.migrationName) ?? [];
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
} finally {
  await database.close();
}
