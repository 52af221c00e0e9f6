'use client';

import styles from './Kiosk.module.css';

export function clockText(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** While the server is out of reach the wall keeps its last data and says since when. */
export function StaleBadge({ since, timeZone }: { since: Date; timeZone: string }) {
  return (
    <span className={styles.staleBadge} role="status" data-testid="stale-badge">
      <span aria-hidden>⚠</span> Stale since {clockText(timeZone, since)} · reconnecting
    </span>
  );
}
