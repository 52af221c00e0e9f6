import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import styles from './admin.module.css';

export const metadata: Metadata = {
  title: { default: 'Console · Signalbox', template: '%s · Signalbox console' },
  robots: { index: false, follow: false },
};

/** Console pages scroll and take the pointer like any web page (the kiosk rules live in components/wall only). */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className={styles.console}>{children}</div>;
}
