'use client';

import { useCallback, useSyncExternalStore } from 'react';
import useSWR from 'swr';
import type { DisplayItem } from '@/lib/display/types';
import type { PanelDto } from '@/lib/panels/types';
import { freshness } from './health';
import type { PanelStore } from './panel-store';
import styles from './Wall.module.css';

/** How fresh the panel on screen is; visibly stale past its kind's budget. */
export function PanelAge({ item, store, now }: { item: DisplayItem; store: PanelStore; now: number }) {
  const { data } = useSWR<PanelDto>(item.key);
  // Every time the server vouches for the data (push, fetch, even of the same data) re-renders this at once.
  const confirmedAtOf = useCallback(() => store.confirmedAt(item.key), [store, item.key]);
  const confirmedAt = useSyncExternalStore(store.subscribe, confirmedAtOf, confirmedAtOf);
  if (!data) return null;
  const state = freshness(item.kind, confirmedAt, Math.max(now, confirmedAt ?? 0));
  return (
    <span className={state.stale ? styles.ageStale : styles.age} data-testid="panel-age" data-stale={state.stale ? 'true' : 'false'}>
      {state.stale && <span aria-hidden>⚠ </span>}
      {state.label}
    </span>
  );
}
