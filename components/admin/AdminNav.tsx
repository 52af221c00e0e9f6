'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { Role } from '@/db/schema';
import styles from './AdminShell.module.css';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** minRole hides a link from users whose role cannot use the page. */
const LINKS: { href: string; label: string; minRole?: Role }[] = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/displays', label: 'Displays' },
  { href: '/admin/playlists', label: 'Playlists' },
  { href: '/admin/objectives', label: 'PI objectives', minRole: 'editor' },
  { href: '/admin/announcements', label: 'Announcements', minRole: 'editor' },
  { href: '/admin/impediments', label: 'Impediments', minRole: 'editor' },
  { href: '/admin/risks', label: 'Risks', minRole: 'editor' },
  { href: '/admin/on-call', label: 'On-call rota', minRole: 'editor' },
  { href: '/admin/kpis', label: 'KPIs', minRole: 'admin' },
  { href: '/admin/releases', label: 'Releases', minRole: 'editor' },
  { href: '/admin/alerts', label: 'Alerts' },
  { href: '/admin/fleet', label: 'Fleet' },
  { href: '/admin/users', label: 'Users', minRole: 'admin' },
  { href: '/admin/audit', label: 'Audit' },
];

function isCurrent(pathname: string, href: string) {
  return href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav({ role }: { role: Role }) {
  const pathname = usePathname() ?? '';
  const navRef = useRef<HTMLElement>(null);
  // On a phone the links are one swipeable row: bring the current page's link into view, not off to the right.
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
    nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav className={styles.nav} aria-label="Console" ref={navRef}>
      <ul>
        {LINKS.filter((link) => RANK[role] >= RANK[link.minRole ?? 'viewer']).map((link) => (
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
