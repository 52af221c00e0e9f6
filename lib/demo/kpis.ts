import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { IngestEvent } from '../ingest/schema';
import type { DemoCalendar } from './calendar';

// CONTRACT STUB: replaced by the slice's owner.
/** Defines the demo train's KPIs (as the RTE would in the console). */
export async function seedDemoKpis(_db: Kysely<Database>, _trainId: number, _now: Date): Promise<void> {}

/** The KPI values the demo train's feeds would have sent by `now` (none later). */
export function demoKpiValueEvents(_calendar: DemoCalendar, _timeZone: string, _now: Date): IngestEvent[] {
  return [];
}
