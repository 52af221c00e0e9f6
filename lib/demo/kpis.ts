import type { Kysely } from 'kysely';
import { insertKpi } from '../../db/queries/kpis';
import type { Database, KpiDirection } from '../../db/schema';
import type { IngestEvent } from '../ingest/schema';
import { addDays, todayIn, zonedTimeToUtc } from '../time/calendar';
import type { DemoCalendar } from './calendar';
import { DEMO_TRAIN } from './catalogue';
import { seededRandom } from './random';

interface DemoKpi {
  key: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  warnAt: number;
  /** Where the 60 days of values start and where they end today. */
  from: number;
  to: number;
  /** Day-to-day noise, plus or minus. */
  noise: number;
  decimals: number;
  /** Uptime: mostly flat near the top, with the odd bad day. */
  dips?: { chance: number; depth: number; max: number };
}

/**
 * What an RTE measures beyond delivery, ending today on a mix of green (NPS, lead time, happiness), amber (uptime,
 * cloud cost) and red (escaped defects).
 */
const DEMO_KPIS: readonly DemoKpi[] = [
  { key: 'customer-nps', name: 'Customer NPS', unit: '', direction: 'higher', target: 40, warnAt: 30, from: 31, to: 44, noise: 2.5, decimals: 0 },
  {
    key: 'uptime',
    name: 'Uptime',
    unit: '%',
    direction: 'higher',
    target: 99.9,
    warnAt: 99.5,
    from: 99.93,
    to: 99.72,
    noise: 0.04,
    decimals: 2,
    dips: { chance: 0.08, depth: 0.5, max: 100 },
  },
  { key: 'escaped-defects', name: 'Escaped defects (30 days)', unit: '', direction: 'lower', target: 3, warnAt: 6, from: 4, to: 8, noise: 1, decimals: 0 },
  { key: 'lead-time', name: 'Lead time', unit: 'days', direction: 'lower', target: 10, warnAt: 14, from: 15.5, to: 8.5, noise: 0.8, decimals: 1 },
  { key: 'cloud-cost', name: 'Cloud cost (monthly)', unit: '€k', direction: 'lower', target: 40, warnAt: 45, from: 37.5, to: 43.2, noise: 0.6, decimals: 1 },
  { key: 'team-happiness', name: 'Team happiness', unit: '/5', direction: 'higher', target: 4, warnAt: 3.5, from: 3.6, to: 4.2, noise: 0.12, decimals: 1 },
];

const DAYS = 60;
/** The feeds report each day's figure at 06:30 in the train's zone. */
const REPORT_MINUTE = 6 * 60 + 30;

/** Defines the demo train's KPIs (as the RTE would in the console). */
export async function seedDemoKpis(db: Kysely<Database>, trainId: number, now: Date): Promise<void> {
  for (const [index, kpi] of DEMO_KPIS.entries()) {
    await insertKpi(db, {
      train_id: trainId,
      key: kpi.key,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: kpi.target,
      warn_at: kpi.warnAt,
      position: index + 1,
      created_at: now,
      updated_at: now,
    });
  }
}

/** The KPI values the demo train's feeds would have sent by `now` (none later): one a day for 60 days. */
export function demoKpiValueEvents(_calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  // The last 60 reports by now: today's once it is past 06:30.
  const today = todayIn(timeZone, now);
  const lastDay = zonedTimeToUtc(today, REPORT_MINUTE, timeZone) <= now ? today : addDays(today, -1);
  const days = Array.from({ length: DAYS }, (_, i) => addDays(lastDay, i - (DAYS - 1)));
  return DEMO_KPIS.flatMap((kpi, index) => {
    const values = demoValues(kpi, seededRandom(1_000 + index));
    return days.map((day, i): IngestEvent => {
      const at = zonedTimeToUtc(day, REPORT_MINUTE, timeZone).toISOString();
      return { id: `demo-kpi-${kpi.key}-${day}`, type: 'kpi_value.recorded', occurredAt: at, data: { train: DEMO_TRAIN.slug, kpi: kpi.key, value: values[i]!, observedAt: null } };
    });
  });
}

/** From `from` to `to` along an S-curve with noise; the last value is exactly `to`, so today's status is as planned. */
function demoValues(kpi: DemoKpi, random: () => number): number[] {
  const scale = 10 ** kpi.decimals;
  return Array.from({ length: DAYS }, (_, i) => {
    const t = i / (DAYS - 1);
    const eased = t * t * (3 - 2 * t);
    let value = kpi.from + (kpi.to - kpi.from) * eased + (random() * 2 - 1) * kpi.noise;
    if (kpi.dips && random() < kpi.dips.chance) value -= kpi.dips.depth * (0.5 + random());
    if (kpi.dips) value = Math.min(kpi.dips.max, value);
    return i === DAYS - 1 ? kpi.to : Math.round(Math.max(0, value) * scale) / scale;
  });
}
