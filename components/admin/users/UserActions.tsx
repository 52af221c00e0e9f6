'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ROLES, type Role, type UserDto } from '@/lib/admin/types';
import { Button } from '../ui/Button';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './users.module.css';

/** Per-user controls: role, enable or disable, sign out everywhere. Refusals (e.g. the last admin) show below. */
export function UserActions({ user, teams, isSelf }: { user: UserDto; teams: { slug: string; label: string }[]; isSelf: boolean }) {
  const router = useRouter();
  const action = useAdminAction();
  const [done, setDone] = useState<string | null>(null);
  const url = `/api/admin/users/${user.id}`;

  async function patch(changes: Record<string, unknown>, message: string) {
    setDone(null);
    const result = await action.run('PATCH', url, changes);
    if (result.ok) setDone(message);
  }

  async function revoke() {
    setDone(null);
    const result = await action.run<{ revoked: number }>('POST', `${url}/revoke-sessions`);
    if (result.ok) {
      if (isSelf) router.replace('/admin/login');
      else setDone(`Signed out of ${result.data.revoked} session${result.data.revoked === 1 ? '' : 's'}.`);
    }
  }

  return (
    <div className={styles.actions}>
      <div className={styles.controls}>
        <label className={styles.inline}>
          <span className={styles.srOnly}>Role of {user.name}</span>
          <select
            value={user.role}
            disabled={action.busy}
            onChange={(event) => patch({ role: event.target.value as Role }, `Role changed to ${event.target.value}.`)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.inline}>
          <span className={styles.srOnly}>Team of {user.name}</span>
          <select
            value={user.teamSlug ?? ''}
            disabled={action.busy}
            onChange={(event) => patch({ teamSlug: event.target.value || null }, 'Team changed.')}
          >
            <option value="">No team</option>
            {teams.map((team) => (
              <option key={team.slug} value={team.slug}>
                {team.label}
              </option>
            ))}
          </select>
        </label>
        {user.disabled ? (
          <Button size="small" onClick={() => patch({ disabled: false }, 'Enabled.')} disabled={action.busy}>
            Enable
          </Button>
        ) : (
          <Button size="small" variant="danger" onClick={() => patch({ disabled: true }, 'Disabled and signed out.')} disabled={action.busy}>
            Disable
          </Button>
        )}
        <Button size="small" variant="ghost" onClick={revoke} disabled={action.busy || user.liveSessions === 0}>
          Sign out everywhere
        </Button>
      </div>
      {action.error && (
        <p className={styles.error} role="alert">
          {action.error}
        </p>
      )}
      {done && (
        <p className={styles.done} role="status">
          {done}
        </p>
      )}
    </div>
  );
}
