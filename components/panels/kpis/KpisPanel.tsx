'use client';

import type { CSSProperties } from 'react';
import useSWR from 'swr';
import { formatKpiNumber, KPI_STATUS_LABEL, targetLabel, tileGrid, unitParts } from '@/lib/panels/kpis/math';
import type { KpisDto, KpiTile } from '@/lib/panels/kpis/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { Sparkline } from './Sparkline';
import styles from './Kpis.module.css';

/** The value's largest size by rows of tiles, in vh; a long number shrinks further to fit its column (see fit). */
const VALUE_VH: Record<number, number> = { 1: 20, 2: 13, 3: 8.5 };
/** An average digit of the value's bold tabular figures, in em. */
const DIGIT_EM = 0.62;

/** The value's font size: the row's size, or less when its characters would not fit the tile's width. */
function fit(text: string, unitLength: number, columns: number, rows: number): string {
  // The panel's padding (2.5vw a side), the gaps (1.6vw) and the tile's padding (1.2vw a side).
  const innerVw = (95 - 1.6 * (columns - 1)) / columns - 2.4;
  // The unit is set at 0.45em: about half a digit per character.
  const widthEm = (text.length + 0.5 * unitLength) * DIGIT_EM + 0.2;
  return `min(${VALUE_VH[rows]}vh, ${(innerVw / widthEm).toFixed(2)}vw)`;
}

/** Units longer than this go on their own line under the number, which then keeps its size. */
const INLINE_UNIT = 4;

function Tile({ tile, columns, rows, days }: { tile: KpiTile; columns: number; rows: number; days: number }) {
  const status = KPI_STATUS_LABEL[tile.status];
  const { before, after } = tile.value === null ? { before: '', after: '' } : unitParts(tile.unit);
  const number = tile.value === null ? '–' : formatKpiNumber(tile.value);
  const below = after.length > INLINE_UNIT;
  const afterClass = below ? styles.unitBelow : before || after.startsWith('/') ? styles.unit : `${styles.unit} ${styles.unitAfter}`;
  return (
    <article className={`${styles.tile} ${styles[tile.status]}`} data-kpi={tile.key} data-status={tile.status}>
      <h2 className={styles.name}>{tile.name}</h2>
      <div className={styles.value} data-testid="kpi-value" style={{ fontSize: fit(number, before.length + (below ? 0 : after.length), columns, rows) }}>
        {before && <span className={styles.unit}>{before}</span>}
        {number}
        {after && <span className={afterClass}>{after}</span>}
      </div>
      <div className={styles.facts}>
        <p className={styles.status} data-testid="kpi-status">
          <span aria-hidden>{status.icon}</span> {status.word}
        </p>
        {/* A long unit stands under the number already: the target line goes without it, to stay on one line. */}
        <p className={styles.target}>{targetLabel(tile, below ? '' : tile.unit)}</p>
      </div>
      <Sparkline trend={tile.trend} target={tile.target} label={`Trend of ${tile.name} over the last ${days} days`} />
    </article>
  );
}

export default function KpisPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<KpisDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const { columns, rows } = tileGrid(data.tiles.length);
  const grid = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))` } satisfies CSSProperties;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          {data.train.name}
          <span className={styles.subtitle}> · KPIs</span>
        </h1>
        {data.tiles.length > 0 && <p className={styles.when}>{`Trend: last ${data.trendDays} days`}</p>}
      </header>
      {data.tiles.length === 0 ? (
        <p className={styles.empty}>No KPIs yet: the RTE defines them in the console under KPIs.</p>
      ) : (
        <div className={`${styles.grid} ${styles[`rows${rows}`]}`} style={grid}>
          {data.tiles.map((tile) => (
            <Tile key={tile.key} tile={tile} columns={columns} rows={rows} days={data.trendDays} />
          ))}
        </div>
      )}
    </section>
  );
}
