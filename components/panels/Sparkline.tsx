import styles from './Sparkline.module.css';

// Plain SVG drawn in a fixed box and stretched to the tile; strokes keep their width (non-scaling-stroke), so a line
// is as thick on a 4K wall as on 720p. Far lighter on a 24/7 TV than a chart instance per tile.
export const SPARK_BOX = { width: 300, height: 100, pad: 8 };

export type SparkPoint = { x: number; y: number };

/** One trend of a sparkline: `main` (blue, the tile's number) or `second` (yellow, e.g. branch coverage). */
export interface SparkSeries {
  series: 'main' | 'second';
  points: SparkPoint[];
}

const LINE_CLASS = { main: [styles.mainLine, styles.mainDot], second: [styles.secondLine, styles.secondDot] } as const;

function Trend({ series, points }: SparkSeries) {
  const last = points[points.length - 1];
  if (!last) return null;
  const [line, dot] = LINE_CLASS[series];
  return (
    <g data-series={series} data-points={points.length}>
      {points.length > 1 && <polyline className={line} points={points.map((p) => `${p.x},${p.y}`).join(' ')} vectorEffect="non-scaling-stroke" />}
      {/* A zero-length segment with round caps: a dot that stays round however the box is stretched. */}
      <polyline className={dot} points={`${last.x},${last.y} ${last.x},${last.y}`} vectorEffect="non-scaling-stroke" />
    </g>
  );
}

/** Trends already placed in SPARK_BOX, each with a dot on its latest value, and a target as a dashed level at `levelY`. */
export function Sparkline({ trends, levelY, label }: { trends: SparkSeries[]; levelY: number | null; label: string }) {
  const drawn = trends.some((t) => t.points.length > 0);
  return (
    <svg className={styles.spark} viewBox={`0 0 ${SPARK_BOX.width} ${SPARK_BOX.height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {levelY !== null && drawn && (
        <line className={styles.levelLine} data-series="level" x1={0} x2={SPARK_BOX.width} y1={levelY} y2={levelY} vectorEffect="non-scaling-stroke" />
      )}
      {/* The main trend last, on top. */}
      {[...trends].reverse().map((t) => (
        <Trend key={t.series} {...t} />
      ))}
    </svg>
  );
}
