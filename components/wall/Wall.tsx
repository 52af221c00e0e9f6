'use client';

import { useEffect, useState } from 'react';
import { SWRConfig } from 'swr';
import { fetchPanel } from '@/lib/client/panel-fetcher';
import type { DisplayModel } from '@/lib/display/types';
import { PanelView } from '../panels/PanelView';
import { WallHeader } from './WallHeader';
import { useDisplaySocket } from './useDisplaySocket';
import styles from './Wall.module.css';

const swrOptions = {
  fetcher: fetchPanel,
  // Data arrives by push; rotation, focus and network changes must not make thousands of screens refetch.
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  revalidateIfStale: false,
  errorRetryInterval: 15_000,
};

export function Wall({ model }: { model: DisplayModel }) {
  return (
    <SWRConfig value={{ ...swrOptions, fallback: model.fallback }}>
      <Rotation model={model} />
    </SWRConfig>
  );
}

function Rotation({ model }: { model: DisplayModel }) {
  const { items } = model;
  const [step, setStep] = useState(0);
  const offlineSince = useDisplaySocket(items.map((item) => item.key));
  const item = items.length > 0 ? items[step % items.length] : undefined;

  useEffect(() => {
    if (!item || items.length < 2) return;
    const timer = setTimeout(() => setStep((s) => s + 1), item.seconds * 1000);
    return () => clearTimeout(timer);
  }, [step, item, items.length]);

  return (
    <div className={styles.wall}>
      <WallHeader train={model.train} offlineSince={offlineSince} />
      <main className={styles.stage}>
        {item ? (
          <PanelView key={item.key} item={item} />
        ) : (
          <p className={styles.empty}>No panels for this wall yet.</p>
        )}
      </main>
      {item && items.length > 1 && (
        <div className={styles.progress} aria-hidden>
          <div key={step} className={styles.progressFill} style={{ animationDuration: `${item.seconds}s` }} />
        </div>
      )}
    </div>
  );
}
