import { listTeamChoices } from '../../db/queries/users';
import { requireRole, type UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { AUDIT_PAGE_SIZE, listAuditEntries } from './audit-view';
import type { ActiveUserDto, AuditEntryDto, UserDto } from './types';
import { listActiveConsoleUsers, listUsers } from './users';

// What each of helper A's console pages shows, loaded in one call per page.

export interface OverviewData {
  recentAudit: AuditEntryDto[];
  /** Only for admins; empty for other roles. */
  activeUsers: ActiveUserDto[];
}

export async function loadOverview(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal): Promise<OverviewData> {
  const [recentAudit, activeUsers] = await Promise.all([
    listAuditEntries(runtime.db, principal, { limit: 10 }),
    principal.role === 'admin' ? listActiveConsoleUsers(runtime.db, principal) : Promise.resolve([]),
  ]);
  return { recentAudit, activeUsers };
}

export interface UsersPageData {
  users: UserDto[];
  teams: { slug: string; label: string }[];
}

export async function loadUsersPage(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal): Promise<UsersPageData> {
  requireRole(principal, 'admin');
  const [users, teams] = await Promise.all([listUsers(runtime.db, principal), listTeamChoices(runtime.db)]);
  return { users, teams: teams.map((t) => ({ slug: t.slug, label: `${t.name} (${t.train_name})` })) };
}

export interface AuditPageData {
  entries: AuditEntryDto[];
  /** Pass as ?before= to see older entries; null at the start of the log. */
  olderBefore: number | null;
}

export async function loadAuditPage(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal, before?: string): Promise<AuditPageData> {
  const beforeId = before && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
  const entries = await listAuditEntries(runtime.db, principal, { limit: AUDIT_PAGE_SIZE + 1, beforeId });
  const hasOlder = entries.length > AUDIT_PAGE_SIZE;
  const shown = entries.slice(0, AUDIT_PAGE_SIZE);
  return { entries: shown, olderBefore: hasOlder ? shown[shown.length - 1]!.id : null };
}
