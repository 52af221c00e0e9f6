'use client';

import useSWR from 'swr';
import type { DisplayItem } from '@/lib/display/types';
import type { PanelDto } from '@/lib/panels/types';
import { freshness } from './health';
import type { PanelStore } from './panel-store';
import styles from './Wall.module.css';

/** How fresh the panel on screen is; visibly stale past its kind's budget. */
export function PanelAge({ item, store, now }: { item: DisplayItem; store: PanelStore; now: number }) {
  // Subscribing re-renders this when new data for the panel arrives.
  const { data } = useSWR<PanelDto>(item.key);
  if (!data) return null;
  const state = freshness(item.kind, store.confirmedAt(item.key), Math.max(now, store.confirmedAt(item.key) ?? 0));
  return (
    <span className={state.stale ? styles.ageStale : styles.age} data-testid="panel-age" data-stale={state.stale ? 'true' : 'false'}>
      {state.stale && <span aria-hidden>⚠ </span>}
      {state.label}
    </span>
  );
}
