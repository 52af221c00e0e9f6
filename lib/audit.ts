import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Principal } from './auth/principal';

/** Who did it, as the audit log shows it. */
export function actorLabel(principal: Principal | string): string {
  if (typeof principal === 'string') return principal;
  if (principal.kind === 'user') return principal.email;
  if (principal.kind === 'display') return `display ${principal.displayId}`;
  return 'anonymous';
}

/**
 * Records a change to displays, playlists, alerts or users. Call it inside the same transaction as the change,
 * so that a change and its record commit together.
 */
export async function recordAudit(
  db: Kysely<Database>,
  entry: { actor: Principal | string; action: string; subject: string; details?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: typeof entry.actor !== 'string' && entry.actor.kind === 'user' ? entry.actor.userId : null,
      actor: actorLabel(entry.actor),
      action: entry.action,
      subject: entry.subject,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
