import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Newest first; `beforeId` pages further back. */
export async function listAuditRows(db: Kysely<Database>, options: { limit: number; beforeId?: number }) {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'action', 'subject', 'details'])
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
  return query.execute();
}
