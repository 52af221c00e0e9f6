'use client';

import { useEffect } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import type { DisplayItem } from '@/lib/display/types';
import type { PanelDto } from '@/lib/panels/types';
import { PanelView } from '../panels/PanelView';
import { refreshAfterMs } from './health';
import type { PanelStore } from './panel-store';
import styles from './Wall.module.css';

/**
 * The panel on screen, mounted afresh at every rotation step (so a panel that failed to draw gets a new chance), or
 * its error state when its data cannot be loaded; rotation goes on either way.
 */
export function PanelSlot({ item, store }: { item: DisplayItem; store: PanelStore }) {
  const { mutate } = useSWRConfig();
  const { data, error } = useSWR<PanelDto>(item.key);

  // Pushes only come with changes: a panel that has been quiet for a while is fetched again as it comes on screen.
  // (One never loaded is fetched by its own hook as it mounts.)
  useEffect(() => {
    const confirmed = store.confirmedAt(item.key);
    if (confirmed !== undefined && Date.now() - confirmed > refreshAfterMs(item.kind)) {
      void mutate(item.key, store.fetcher(item.key), { revalidate: false, rollbackOnError: true, throwOnError: false });
    }
  }, [item.key, item.kind, mutate, store]);

  if (!data && error) {
    return (
      <section className={styles.panelError} role="status" data-testid="panel-error" data-panel-key={item.key}>
        <h2>This panel has no data</h2>
        <p>{describe(item.key)}: the server could not load it. The next panel follows as usual.</p>
      </section>
    );
  }
  return <PanelView item={item} />;
}

function describe(key: string): string {
  const [kind, team, measure] = key.split(':');
  return kind === 'burndown' ? `Burndown of team “${team}” in ${measure}` : key;
}
