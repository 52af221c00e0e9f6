'use client';

import { useEffect } from 'react';
import { createRefetchSchedule } from '@/lib/client/refetch-schedule';

// One schedule for the page: it must outlive the panels, which are mounted afresh at every rotation step.
const schedule = createRefetchSchedule();

/**
 * Once the wall's clock passes the instant (or day) `change` at which the data said it goes out of date, fetches it
 * again exactly once, after a random 0-60 s drawn once for that change.
 */
export function useRefetchWhenOutOfDate(key: string, change: string | null, outOfDate: boolean, refetch: () => unknown): void {
  useEffect(() => {
    if (!outOfDate || change === null) return;
    const delay = schedule.delayMs(key, change, Date.now(), Math.random);
    if (delay === null) return;
    const timer = setTimeout(() => {
      schedule.fetched(key, change);
      void refetch();
    }, delay);
    return () => clearTimeout(timer);
  }, [key, change, outOfDate, refetch]);
}
