import Link from 'next/link';
import type { UserPrincipal } from '@/lib/auth/principal';
import type { OverviewData } from '@/lib/admin/pages';
import { AdminShell } from './AdminShell';
import { AuditTable } from './audit/AuditTable';
import { LocalTime } from './audit/LocalTime';
import styles from './OverviewView.module.css';
import { PasswordForm } from './PasswordForm';
import { ButtonLink, Card } from './ui';

const QUICK_LINKS = [
  { href: '/admin/displays', title: 'Pair a display', text: 'Enter the code a TV shows and give it a playlist.' },
  { href: '/admin/alerts', title: 'Raise an alert', text: 'Take over the screens with a message, now.' },
  { href: '/admin/playlists', title: 'Playlists', text: 'Which panels each TV rotates through, and for how long.' },
  { href: '/admin/fleet', title: 'Fleet health', text: 'Which TVs are online, what they show, and remote control.' },
];

/** The console's start page: who is signed in, where to go, what changed last. */
export function OverviewView({ me, data, minPasswordLength }: { me: UserPrincipal; data: OverviewData; minPasswordLength: number }) {
  return (
    <AdminShell user={me} title="Overview" description={`Signed in as ${me.name} (${me.email}), role ${me.role}.`}>
      <nav className={styles.quick} aria-label="Quick links">
        {QUICK_LINKS.map((link) => (
          <Link key={link.href} href={link.href} className={styles.quickLink}>
            <span className={styles.quickTitle}>{link.title}</span>
            <span className={styles.quickText}>{link.text}</span>
          </Link>
        ))}
      </nav>

      {me.role === 'admin' && (
        <Card title="In the console now" description="People who used the console in the last 15 minutes.">
          <ul className={styles.people}>
            {data.activeUsers.map((user) => (
              <li key={user.id}>
                <span className={styles.personName}>{user.name}</span>
                <span className={styles.personMeta}>
                  {user.role} · last seen <LocalTime iso={user.lastSeenAt} withDate={false} />
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card
        title="Recent changes"
        description="The last ten entries of the audit log."
        actions={
          <ButtonLink href="/admin/audit" size="small">
            Full audit log
          </ButtonLink>
        }
      >
        {data.recentAudit.length === 0 ? <p className={styles.empty}>Nothing has changed yet.</p> : <AuditTable entries={data.recentAudit} label="Recent changes" />}
      </Card>

      <Card title="Your password" description="Changing it signs you out everywhere else.">
        <PasswordForm userId={me.userId} minPasswordLength={minPasswordLength} />
      </Card>
    </AdminShell>
  );
}
