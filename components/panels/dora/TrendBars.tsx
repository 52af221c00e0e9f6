import { trendHeights } from '@/lib/panels/dora/math';
import styles from './Dora.module.css';

// Plain SVG in a fixed box stretched to the tile: far lighter on a 24/7 TV than a chart instance per tile.
const BOX = { width: 120, height: 40, gap: 2 };
/** A week without data still shows as a sliver on the base line, so twelve weeks always read as twelve. */
const EMPTY_HEIGHT = 0.04;

/** One bar per week, oldest left; the last week is unfinished and drawn hollow. */
export function TrendBars({ values, label }: { values: (number | null)[]; label: string }) {
  const heights = trendHeights(values);
  const width = BOX.width / heights.length;
  return (
    <svg className={styles.trend} viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {heights.map((h, i) => {
        const height = Math.max(EMPTY_HEIGHT, h ?? 0) * BOX.height;
        const current = i === heights.length - 1;
        return (
          <rect
            key={i}
            className={h === null || h === 0 ? styles.emptyBar : current ? styles.currentBar : styles.bar}
            x={i * width + BOX.gap / 2}
            y={BOX.height - height}
            width={width - BOX.gap}
            height={height}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </svg>
  );
}
