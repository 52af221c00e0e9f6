'use client';

import { useEffect, useState } from 'react';
import styles from './Wall.module.css';

function clockText(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

export function WallHeader({ train, offlineSince }: { train: { name: string; timeZone: string }; offlineSince: Date | null }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <header className={styles.header}>
      <span className={styles.train}>{train.name}</span>
      {offlineSince && (
        <span className={styles.offline} role="status">
          ⚠ Offline since {clockText(train.timeZone, offlineSince)}: showing last data
        </span>
      )}
      <time className={styles.clock} suppressHydrationWarning>
        {clockText(train.timeZone, now)}
      </time>
    </header>
  );
}
