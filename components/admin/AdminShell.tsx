import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Role } from '@/db/schema';
import { AdminNav } from './AdminNav';
import styles from './AdminShell.module.css';
import { SignOutButton } from './SignOutButton';

/**
 * The frame of every signed-in console page: navigation, who is signed in, sign-out, and the page heading.
 * Children are laid out as a vertical stack with even gaps (put Cards in it).
 *   const me = await requirePageRole('admin', { from: '/admin/users' });
 *   return <AdminShell user={me} title="Users" actions={<ButtonLink href="…">Add</ButtonLink>}>…</AdminShell>;
 */
export function AdminShell({
  user,
  title,
  description,
  actions,
  children,
}: {
  user: { name: string; email: string; role: Role };
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <aside className={styles.sidebar}>
        <div className={styles.topRow}>
          <Link href="/admin" className={styles.brand}>
            <span className={styles.mark} aria-hidden="true" />
            Signalbox
          </Link>
          <div className={styles.me}>
            <span className={styles.meName} title={`${user.name} · ${user.email}`}>
              {user.name}
            </span>
            <span className={styles.role} data-role={user.role}>
              {user.role}
            </span>
          </div>
          <SignOutButton />
        </div>
        <AdminNav role={user.role} />
      </aside>
      <main className={styles.main} id="main">
        <header className={styles.pageHeader}>
          <div>
            <h1>{title}</h1>
            {description && <p className={styles.description}>{description}</p>}
          </div>
          {actions && <div className={styles.actions}>{actions}</div>}
        </header>
        <div className={styles.content}>{children}</div>
      </main>
    </div>
  );
}
