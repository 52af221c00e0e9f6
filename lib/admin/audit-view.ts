import type { Kysely } from 'kysely';
import { listAuditRows } from '../../db/queries/audit-log';
import type { Database } from '../../db/schema';
import { requireRole, type Principal } from '../auth/principal';
import type { AuditEntryDto } from './types';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, for anyone signed in; `beforeId` pages back. */
export async function listAuditEntries(
  db: Kysely<Database>,
  principal: Principal,
  options: { limit?: number; beforeId?: number } = {},
): Promise<AuditEntryDto[]> {
  requireRole(principal, 'viewer');
  const limit = Math.min(Math.max(options.limit ?? AUDIT_PAGE_SIZE, 1), 200);
  const rows = await listAuditRows(db, { limit, beforeId: options.beforeId });
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    details: row.details,
  }));
}
