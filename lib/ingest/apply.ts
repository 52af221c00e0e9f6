import type { Kysely } from 'kysely';
import { recordNewEventIds } from '../../db/queries/work-items';
import type { Database } from '../../db/schema';
import { affectedPanelKeys, type TrainChange } from '../panels/affected';
import { applyCalendarEvents } from './handlers/calendar-events';
import { applyDeployments } from './handlers/deployments';
import { applyFeatures } from './handlers/features';
import { applyImpediments } from './handlers/impediments';
import { applyIncidents } from './handlers/incidents';
import { applyKpiValues } from './handlers/kpi-values';
import { applyObjectives } from './handlers/objectives';
import { applyOnCallShifts } from './handlers/oncall-shifts';
import { applyPis } from './handlers/pi';
import { applyReleaseGates } from './handlers/release-gates';
import { applyReleases } from './handlers/releases';
import { applyRisks } from './handlers/risks';
import { applyStatusMappings } from './handlers/status-mappings';
import type { EventHandler, Indexed } from './handlers/types';
import { applyWorkItems } from './handlers/work-items';
import type { IngestEvent, IngestEventType } from './schema';
import { applyBuilds } from './handlers/builds';
import { applyCoverage } from './handlers/coverage';
import { applyDefects } from './handlers/defects';
import { applySecurityFindings } from './handlers/security-findings';
import { applyTestRuns } from './handlers/test-runs';

export { UnknownReferenceError } from './handlers/types';

export interface ApplyResult {
  stored: number;
  duplicates: number;
  /** Slugs of every team whose work changed, including teams an item moved away from. */
  affectedTeams: string[];
  /** Every panel whose data the batch can have moved. */
  affectedKeys: string[];
  /** Slugs of trains whose PIs, iterations or calendar entries changed: their displays' schedules may switch. */
  calendarTrains: string[];
}

/**
 * Handlers in dependency order: a batch may map a status, create a PI and its iterations, and then send the work
 * planned into them; each handler sees what the earlier ones wrote.
 */
const HANDLERS: { [T in IngestEventType]: EventHandler<T> } = {
  'status_mapping.set': applyStatusMappings,
  'pi.upserted': applyPis,
  'calendar_event.upserted': applyCalendarEvents,
  'feature.upserted': applyFeatures,
  'work_item.upserted': applyWorkItems,
  'objective.upserted': applyObjectives,
  // Risks name a PI, so they follow pi.upserted; the rest name only trains and teams.
  'impediment.upserted': applyImpediments,
  'risk.upserted': applyRisks,
  'incident.upserted': applyIncidents,
  'oncall_shift.upserted': applyOnCallShifts,
  'kpi_value.recorded': applyKpiValues,
  // Gates name a release, so they follow release.upserted.
  'release.upserted': applyReleases,
  'release_gate.decided': applyReleaseGates,
  'deployment.recorded': applyDeployments,
  // Quality: name trains and teams only.
  'test_run.recorded': applyTestRuns,
  'coverage.recorded': applyCoverage,
  'build.recorded': applyBuilds,
  'defect.upserted': applyDefects,
  'security_finding.upserted': applySecurityFindings,
};

/**
 * Stores a validated batch. Call inside one transaction: on UnknownReferenceError the caller's transaction rolls
 * back and nothing of the batch stays; a resent event (same id) changes nothing.
 */
export async function applyEvents(db: Kysely<Database>, events: IngestEvent[]): Promise<ApplyResult> {
  const seen = new Set<string>();
  const unique = events.map((event, index) => ({ event, index })).filter(({ event }) => !seen.has(event.id) && !!seen.add(event.id));
  const newIds = await recordNewEventIds(db, unique.map(({ event }) => event));
  const fresh = unique.filter(({ event }) => newIds.has(event.id));

  const changes: TrainChange[] = [];
  for (const type of Object.keys(HANDLERS) as IngestEventType[]) {
    const ofType = fresh.filter(({ event }) => event.type === type);
    if (ofType.length > 0) changes.push(...(await runHandler(db, type, ofType)));
  }
  return {
    stored: fresh.length,
    duplicates: events.length - fresh.length,
    affectedTeams: [...new Set(changes.filter((c) => c.changed.includes('work')).flatMap((c) => c.teams))],
    affectedKeys: affectedPanelKeys(changes),
    calendarTrains: [...new Set(changes.filter((c) => c.changed.includes('calendar')).map((c) => c.train))],
  };
}

function runHandler<T extends IngestEventType>(db: Kysely<Database>, type: T, events: Indexed<IngestEvent>[]): Promise<TrainChange[]> {
  return (HANDLERS[type] as EventHandler<T>)(db, events as Indexed<Extract<IngestEvent, { type: T }>>[]);
}
