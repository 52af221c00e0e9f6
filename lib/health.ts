import { sql } from 'kysely';
import { json } from './http/json';
import type { Runtime } from './runtime';

const DATABASE_TIMEOUT_MS = 2_000;

/** GET /api/health: 200 while the database answers, 503 when it does not. */
export async function handleHealthRequest(runtime: Runtime): Promise<Response> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      sql`select 1`.execute(runtime.db),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return json({ status: 'ok', database: { kind: runtime.dbKind, state: 'up', latencyMs } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    runtime.log.warn({ err: error }, 'health check: database unreachable');
    return json({ status: 'unavailable', database: { kind: runtime.dbKind, state: 'down', reason } }, 503);
  } finally {
    clearTimeout(timer);
  }
}
