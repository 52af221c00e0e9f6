import type { IngestEvent } from '../ingest/schema';
import type { DemoCalendar } from './calendar';

// CONTRACT STUB: replaced by the slice's owner. Events the demo train's tools would have sent by `now` (none later).
export function demoRiskEvents(_calendar: DemoCalendar, _timeZone: string, _now: Date): IngestEvent[] {
  return [];
}
