// Client-safe: what the console's user and audit screens receive.
import type { Role } from '../../db/schema';

export type { Role };
export const ROLES: readonly Role[] = ['admin', 'editor', 'viewer'];

export interface UserDto {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** An editor's team slug, whose data they may enter. */
  teamSlug: string | null;
  disabled: boolean;
  createdAt: string;
  /** Last console request of any of the user's sessions. */
  lastSeenAt: string | null;
  liveSessions: number;
}

export interface AuditEntryDto {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export interface ActiveUserDto {
  id: number;
  name: string;
  email: string;
  role: Role;
  lastSeenAt: string;
}
