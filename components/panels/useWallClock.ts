'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * The wall's own clock, ticking every `tickMs`. While hydrating it reads the data's asOf, as the server did, so the
 * first paint matches; then it ticks, so that durations, countdowns and who is on call stay right without a fetch.
 */
export function useWallClock(asOf: string | undefined, tickMs: number): Date {
  const [clock, setClock] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setClock(new Date()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  return hydrated || asOf === undefined ? clock : new Date(asOf);
}
