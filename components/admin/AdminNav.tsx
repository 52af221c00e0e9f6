'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './AdminShell.module.css';

const LINKS = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/displays', label: 'Displays' },
  { href: '/admin/playlists', label: 'Playlists' },
  { href: '/admin/alerts', label: 'Alerts' },
  { href: '/admin/fleet', label: 'Fleet' },
  { href: '/admin/users', label: 'Users', adminOnly: true },
  { href: '/admin/audit', label: 'Audit' },
];

function isCurrent(pathname: string, href: string) {
  return href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname() ?? '';
  return (
    <nav className={styles.nav} aria-label="Console">
      <ul>
        {LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
