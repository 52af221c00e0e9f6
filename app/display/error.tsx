'use client';

import { useEffect } from 'react';
import styles from '@/components/kiosk/Kiosk.module.css';

const RETRY_MS = 30_000;

/**
 * A kiosk page that failed on the server (database down, say) must not stay an error page: it says so plainly and
 * tries again every 30 s, reloading only once the server answers again.
 */
export default function DisplayError() {
  useEffect(() => {
    const timer = setInterval(() => {
      fetch('/api/health', { cache: 'no-store' })
        .then((response) => {
          if (response.ok) window.location.reload();
        })
        .catch(() => undefined);
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <main className={styles.pairing} role="status">
      <h1 className={styles.pairingTitle}>Signalbox is reconnecting</h1>
      <p className={styles.pairingLead}>This screen will come back by itself as soon as the server answers.</p>
    </main>
  );
}
