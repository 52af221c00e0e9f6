import { sparklineGeometry } from '@/lib/panels/kpis/math';
import type { KpiTrendPoint } from '@/lib/panels/kpis/types';
import { SPARK_BOX, Sparkline as SparklineSvg } from '../Sparkline';

/** The KPI's daily trend, the target as a dashed level, and a dot on the latest day. */
export function Sparkline({ trend, target, label }: { trend: KpiTrendPoint[]; target: number; label: string }) {
  const { points, targetY } = sparklineGeometry(trend, target, SPARK_BOX);
  return <SparklineSvg trends={[{ series: 'main', points }]} levelY={targetY} label={label} />;
}
