// Client-safe and pure: which alert takes over the screen.
import type { AlertDto, AlertSeverity } from '@/lib/alerts/types';

const RANK: Record<AlertSeverity, number> = { critical: 3, warning: 2, info: 1 };

export function activeAlerts(alerts: AlertDto[], now: number): AlertDto[] {
  return alerts.filter((a) => Date.parse(a.expiresAt) > now);
}

/** The most severe active alert, the newest first among equals. */
export function topAlert(alerts: AlertDto[], now: number): AlertDto | undefined {
  let top: AlertDto | undefined;
  for (const alert of activeAlerts(alerts, now)) {
    if (!top || RANK[alert.severity] > RANK[top.severity]) top = alert;
    else if (RANK[alert.severity] === RANK[top.severity] && Date.parse(alert.createdAt) > Date.parse(top.createdAt)) top = alert;
  }
  return top;
}

/** When the next active alert expires, so the screen can end its takeover without a message from the server. */
export function nextExpiryAt(alerts: AlertDto[], now: number): number | null {
  let next: number | null = null;
  for (const alert of activeAlerts(alerts, now)) {
    const at = Date.parse(alert.expiresAt);
    if (next === null || at < next) next = at;
  }
  return next;
}
