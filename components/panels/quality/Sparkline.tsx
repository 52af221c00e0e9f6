import { sparkLines } from '@/lib/panels/quality/math';
import type { QualityTrendPoint } from '@/lib/panels/quality/types';
import { SPARK_BOX, Sparkline as SparklineSvg } from '../Sparkline';

/**
 * A trend with a dot on its latest value; `second` (e.g. branch coverage beside line coverage) on the same scale;
 * `level` (a target) as a dashed line. Days without a value are skipped.
 */
export function Sparkline({ trend, second, level, label }: { trend: QualityTrendPoint[]; second?: QualityTrendPoint[]; level?: number | null; label: string }) {
  const hasLevel = level !== null && level !== undefined;
  const { lines, y } = sparkLines([trend.map((p) => p.value), (second ?? []).map((p) => p.value)], SPARK_BOX, hasLevel ? [level] : []);
  return (
    <SparklineSvg
      trends={[
        { series: 'main', points: lines[0]! },
        { series: 'second', points: lines[1]! },
      ]}
      levelY={hasLevel ? y(level) : null}
      label={label}
    />
  );
}
