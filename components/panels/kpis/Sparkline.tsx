import { sparklineGeometry } from '@/lib/panels/kpis/math';
import type { KpiTrendPoint } from '@/lib/panels/kpis/types';
import styles from './Kpis.module.css';

// Drawn in a fixed box and stretched to the tile; strokes keep their width (non-scaling-stroke), so the line is as
// thick on a 4K wall as on 720p. Plain SVG elements: far lighter on a 24/7 TV than a chart instance per tile.
const BOX = { width: 300, height: 100, pad: 8 };

/** The KPI's daily trend, the target as a dashed level, and a dot on the latest day. */
export function Sparkline({ trend, target, label }: { trend: KpiTrendPoint[]; target: number; label: string }) {
  const { points, targetY } = sparklineGeometry(trend, target, BOX);
  const last = points[points.length - 1];
  return (
    <svg className={styles.spark} viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {targetY !== null && <line className={styles.targetLine} x1={0} x2={BOX.width} y1={targetY} y2={targetY} vectorEffect="non-scaling-stroke" />}
      {points.length > 1 && <polyline className={styles.trendLine} points={points.map((p) => `${p.x},${p.y}`).join(' ')} vectorEffect="non-scaling-stroke" />}
      {/* A zero-length segment with round caps: a dot that stays round however the box is stretched. */}
      {last && <polyline className={styles.lastDot} points={`${last.x},${last.y} ${last.x},${last.y}`} vectorEffect="non-scaling-stroke" />}
    </svg>
  );
}
