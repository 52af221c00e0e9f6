import type { UsersPageData } from '@/lib/admin/pages';
import type { UserPrincipal } from '@/lib/auth/principal';
import { AdminShell } from '../AdminShell';
import { LocalTime } from '../audit/LocalTime';
import { Card, Table } from '../ui';
import { NewUserForm } from './NewUserForm';
import { UserActions } from './UserActions';
import styles from './users.module.css';

/** Admins manage accounts: add people, change roles, disable, sign someone out everywhere. */
export function UsersView({ me, data, minPasswordLength }: { me: UserPrincipal; data: UsersPageData; minPasswordLength: number }) {
  return (
    <AdminShell
      user={me}
      title="Users"
      description="Admins (RTEs) run everything; editors (Scrum Masters) enter their team's data; viewers only look."
    >
      <Card title="People" description={`${data.users.length} account${data.users.length === 1 ? '' : 's'}.`}>
        <Table label="Users" stack>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role and team</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {data.users.map((user) => (
              <tr key={user.id} data-user-email={user.email}>
                <td data-label="Name">
                  <span className={styles.name}>
                    {user.name}
                    {user.id === me.userId && <span className={styles.you}> (you)</span>}
                  </span>
                  <span className={styles.email}>{user.email}</span>
                </td>
                <td data-label="Role and team">
                  <span className={styles.role}>{user.role}</span>
                  {user.teamSlug && <span className={styles.team}> · team {user.teamSlug}</span>}
                </td>
                <td data-label="Status">
                  <span className={user.disabled ? styles.disabled : styles.active}>{user.disabled ? 'Disabled' : 'Active'}</span>
                  <span className={styles.seen}>
                    {user.lastSeenAt ? (
                      <>
                        Last seen <LocalTime iso={user.lastSeenAt} />
                      </>
                    ) : (
                      'Never signed in'
                    )}
                    {user.liveSessions > 0 && ` · ${user.liveSessions} session${user.liveSessions === 1 ? '' : 's'}`}
                  </span>
                </td>
                <td data-label="Actions">
                  <UserActions user={user} teams={data.teams} isSelf={user.id === me.userId} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card title="Add a user" description="Give them the email and the first password; they can sign in at once.">
        <NewUserForm teams={data.teams} minPasswordLength={minPasswordLength} />
      </Card>
    </AdminShell>
  );
}
