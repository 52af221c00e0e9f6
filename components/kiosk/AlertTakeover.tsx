'use client';

import type { AlertDto, AlertSeverity } from '@/lib/alerts/types';
import styles from './Kiosk.module.css';
import { clockText } from './StaleBadge';

const SEVERITY: Record<AlertSeverity, { word: string; className: string }> = {
  critical: { word: 'Critical', className: styles.critical! },
  warning: { word: 'Warning', className: styles.warning! },
  info: { word: 'Notice', className: styles.info! },
};

/** Longer texts get smaller type, so that every alert fits the screen and the short ones shout. */
function sizeClass(text: string): string {
  if (text.length <= 40) return styles.textHuge!;
  if (text.length <= 110) return styles.textLarge!;
  if (text.length <= 220) return styles.textMedium!;
  return styles.textSmall!;
}

export function AlertTakeover({ alert, others, timeZone }: { alert: AlertDto; others: number; timeZone: string }) {
  const severity = SEVERITY[alert.severity];
  return (
    <section className={`${styles.takeover} ${severity.className}`} role="alert" data-testid="alert-takeover" data-severity={alert.severity}>
      <p className={styles.severity}>
        <SeverityIcon severity={alert.severity} />
        <span>{severity.word}</span>
      </p>
      <p className={`${styles.alertText} ${sizeClass(alert.text)}`} data-testid="alert-text">
        {alert.text}
      </p>
      <p className={styles.alertMeta}>
        Raised {clockText(timeZone, new Date(alert.createdAt))} · until {clockText(timeZone, new Date(alert.expiresAt))}
        {others > 0 && ` · ${others} more alert${others === 1 ? '' : 's'}`}
      </p>
    </section>
  );
}

/** Shape as well as colour: octagon, triangle, circle. */
function SeverityIcon({ severity }: { severity: AlertSeverity }) {
  const mark = severity === 'info' ? 'i' : '!';
  const shape =
    severity === 'critical' ? (
      <polygon points="7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7" />
    ) : severity === 'warning' ? (
      <polygon points="12,1.5 23,22 1,22" />
    ) : (
      <circle cx="12" cy="12" r="11" />
    );
  return (
    <svg className={styles.severityIcon} viewBox="0 0 24 24" aria-hidden>
      {shape}
      <text x="12" y={severity === 'warning' ? 19 : 17} textAnchor="middle">
        {mark}
      </text>
    </svg>
  );
}
