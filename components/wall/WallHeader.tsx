'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { clockText, StaleBadge } from '../kiosk/StaleBadge';
import { CadenceStrip } from './CadenceStrip';
import { PanelAge } from './PanelAge';
import type { PanelStore } from './panel-store';
import type { DisplayItem } from '@/lib/display/types';
import styles from './Wall.module.css';

/**
 * One line on top of every panel, readable from across the room: the train and where it is in its cadence on the
 * left; the connection, the age of the panel on screen and the clock on the right.
 */
export function WallHeader(props: {
  train: { slug: string; name: string; timeZone: string };
  displayName: string | null;
  offlineSince: Date | null;
  item: DisplayItem | undefined;
  store: PanelStore;
}) {
  const { train, displayName, offlineSince, item, store } = props;
  const [now, setNow] = useState(() => new Date());
  // The server rendered its own time. Hydration keeps its text where it differs (a minute or a day later), so what
  // depends on the clock is mounted afresh once hydrated: the client's text then replaces the server's.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  const clockKey = hydrated ? 'client' : 'server';

  return (
    <header className={styles.header} data-testid="wall-header">
      <span className={styles.train} title={train.name}>
        {train.name}
      </span>
      <CadenceStrip key={clockKey} train={train} now={now} />
      {displayName && (
        <span className={styles.display} title={displayName}>
          {displayName}
        </span>
      )}
      <span className={styles.end}>
        {offlineSince && <StaleBadge since={offlineSince} timeZone={train.timeZone} />}
        {item && <PanelAge key={item.key} item={item} store={store} now={now.getTime()} />}
        <time key={clockKey} className={styles.clock} suppressHydrationWarning>
          {clockText(train.timeZone, now)}
        </time>
      </span>
    </header>
  );
}

const subscribeToNothing = () => () => undefined;
