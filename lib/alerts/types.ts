// Client-safe: a takeover alert as a display shows it.
export type AlertSeverity = 'info' | 'warning' | 'critical';

export interface AlertDto {
  id: number;
  text: string;
  severity: AlertSeverity;
  createdAt: string;
  expiresAt: string;
}
