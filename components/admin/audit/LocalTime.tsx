'use client';

import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * A timestamp in the reader's own zone and locale. The server renders UTC; the browser swaps in local time after
 * hydration (useSyncExternalStore avoids a hydration mismatch).
 */
export function LocalTime({ iso, withDate = true }: { iso: string; withDate?: boolean }) {
  const local = useSyncExternalStore(
    noSubscribe,
    () => format(iso, withDate, undefined),
    () => format(iso, withDate, 'UTC'),
  );
  return <time dateTime={iso}>{local}</time>;
}

function format(iso: string, withDate: boolean, timeZone: string | undefined) {
  const options: Intl.DateTimeFormatOptions = withDate
    ? { dateStyle: 'medium', timeStyle: 'short', timeZone }
    : { timeStyle: 'short', timeZone };
  const text = new Intl.DateTimeFormat('en-GB', options).format(new Date(iso));
  return timeZone === 'UTC' ? `${text} UTC` : text;
}
