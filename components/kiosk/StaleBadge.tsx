'use client';

import styles from './Kiosk.module.css';

export function clockText(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

/**
 * While the server is out of reach the wall keeps its last data and says since when. Short, to share the header's
 * one line with the cadence strip; that it is reconnecting goes to assistive technology and the tooltip.
 */
export function StaleBadge({ since, timeZone }: { since: Date; timeZone: string }) {
  const at = clockText(timeZone, since);
  return (
    <span className={styles.staleBadge} role="status" data-testid="stale-badge" title={`Stale since ${at}, reconnecting`} aria-label={`Stale since ${at}, reconnecting`}>
      <span aria-hidden>⚠</span> Stale since {at}
    </span>
  );
}
