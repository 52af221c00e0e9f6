'use client';

import { useEffect, useState } from 'react';
import type { AlertDto } from '@/lib/alerts/types';
import { activeAlerts, nextExpiryAt, topAlert } from './alerts';

/** The server's full list of active alerts, stamped when it arrived. */
export interface AlertList {
  alerts: AlertDto[];
  receivedAt: number;
}

export const NO_ALERTS: AlertList = { alerts: [], receivedAt: 0 };

/**
 * The alert that owns the screen, if any. The server sends the full list on every change; the screen also ends a
 * takeover by itself when the alert's time is up, even if the server is unreachable by then.
 */
export function useAlertTakeover(list: AlertList): { top: AlertDto | undefined; count: number } {
  const [tickedAt, setTickedAt] = useState(0);
  const now = Math.max(list.receivedAt, tickedAt);

  useEffect(() => {
    const next = nextExpiryAt(list.alerts, now);
    if (next === null) return;
    const timer = setTimeout(() => setTickedAt(Date.now()), Math.max(0, next - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [list, now]);

  return { top: topAlert(list.alerts, now), count: activeAlerts(list.alerts, now).length };
}
