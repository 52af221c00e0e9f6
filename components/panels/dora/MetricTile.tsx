import { BAND_LABEL, type Reading } from '@/lib/panels/dora/math';
import type { DoraBand } from '@/lib/panels/dora/types';
import { TrendBars } from './TrendBars';
import styles from './Dora.module.css';

export interface MetricTileProps {
  id: string;
  label: string;
  reading: Reading;
  band: DoraBand | null;
  /** What the value rests on, or why there is none. */
  detail: string;
  trend: (number | null)[];
  /** Which way of the trend is better. */
  better: 'higher' | 'lower';
}

/** One DORA metric: the value big, its band in word and shape, what it rests on, and twelve weeks of trend. */
export function MetricTile({ id, label, reading, band, detail, trend, better }: MetricTileProps) {
  return (
    <section className={`${styles.tile} ${band ? styles[band] : styles.noBand}`} data-testid={`${id}-tile`} data-band={band ?? 'none'}>
      <div className={styles.tileHead}>
        <h2 className={styles.label}>{label}</h2>
        {band && (
          <p className={styles.band} data-testid={`${id}-band`}>
            <span aria-hidden>{BAND_LABEL[band].icon}</span> {BAND_LABEL[band].word}
          </p>
        )}
      </div>
      <div className={styles.reading}>
        <p className={styles.value}>
          <span className={styles.number} data-testid={id}>
            {reading.value}
          </span>
          {reading.unit && <span className={styles.unit}>{reading.unit}</span>}
        </p>
        <div className={styles.trendBox}>
          <TrendBars values={trend} label={`${label}, last 12 weeks`} />
          <p className={styles.trendCaption}>{`12 weeks · ${better === 'higher' ? '↑ higher' : '↓ lower'} is better`}</p>
        </div>
      </div>
      <p className={styles.detail}>{detail}</p>
    </section>
  );
}
