// Client-safe: KPIs as the console lists and edits them.
import type { KpiDirection, KpiStatus } from '../panels/kpis/types';

export interface KpiSummary {
  id: number;
  trainSlug: string;
  /** What feeds name it by; fixed once created. */
  key: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  warnAt: number;
  position: number;
  /** The latest value, null when none yet. */
  value: number | null;
  observedAt: string | null;
  status: KpiStatus;
}

export interface KpisPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string } | null;
  /** By position, then name. */
  kpis: KpiSummary[];
  /** How many KPIs a train may have. */
  max: number;
}
