'use client';

import { useEffect, useState } from 'react';
import { clockText, StaleBadge } from '../kiosk/StaleBadge';
import { PanelAge } from './PanelAge';
import type { PanelStore } from './panel-store';
import type { DisplayItem } from '@/lib/display/types';
import styles from './Wall.module.css';

export function WallHeader(props: {
  train: { name: string; timeZone: string };
  displayName: string | null;
  offlineSince: Date | null;
  item: DisplayItem | undefined;
  store: PanelStore;
}) {
  const { train, displayName, offlineSince, item, store } = props;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <header className={styles.header}>
      <span className={styles.train}>{train.name}</span>
      {displayName && <span className={styles.display}>{displayName}</span>}
      {offlineSince && <StaleBadge since={offlineSince} timeZone={train.timeZone} />}
      <span className={styles.end}>
        {item && <PanelAge key={item.key} item={item} store={store} now={now.getTime()} />}
        <time className={styles.clock} suppressHydrationWarning>
          {clockText(train.timeZone, now)}
        </time>
      </span>
    </header>
  );
}
