import { findKpisByTrainAndKey, upsertKpiValues } from '../../../db/queries/kpis';
import type { NewKpiValue } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * KPI values by train and KPI key. KPIs are defined in the console, never by feeds: an unknown one refuses the
 * batch. A value is observed at observedAt (else occurredAt); another value for the same KPI and instant replaces it.
 */
export const applyKpiValues: EventHandler<'kpi_value.recorded'> = async (db, events) => {
  const rows = await findKpisByTrainAndKey(
    db,
    [...new Set(events.map(({ event }) => event.data.train))],
    [...new Set(events.map(({ event }) => event.data.kpi))],
  );
  const trains = new Set(rows.map((r) => r.trainSlug));
  const kpis = new Map(rows.filter((r) => r.kpiId !== null).map((r) => [`${r.trainSlug}|${r.kpiKey}`, r.kpiId!]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const { train, kpi } = event.data;
    if (!trains.has(train)) problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${train}"` });
    else if (!kpis.has(`${train}|${kpi}`)) {
      problems.push({ path: fieldPath(index, 'kpi'), message: `unknown KPI "${kpi}" of train "${train}": define the KPI in the console first` });
    }
  }
  refuseUnknown(problems);

  // One upsert may touch a row once: per KPI and instant, the newest event's value (the later event wins a tie).
  const newest = new Map<string, { row: NewKpiValue; occurredAt: number }>();
  for (const { event } of events) {
    const kpiId = kpis.get(`${event.data.train}|${event.data.kpi}`)!;
    const observedAt = new Date(event.data.observedAt ?? event.occurredAt);
    const occurredAt = Date.parse(event.occurredAt);
    const slot = `${kpiId}|${observedAt.getTime()}`;
    const held = newest.get(slot);
    if (!held || held.occurredAt <= occurredAt) newest.set(slot, { row: { kpi_id: kpiId, observed_at: observedAt, value: event.data.value }, occurredAt });
  }
  await upsertKpiValues(db, [...newest.values()].map(({ row }) => row));

  return [...new Set(events.map(({ event }) => event.data.train))].map((train): TrainChange => ({ train, teams: [], changed: ['kpis'] }));
};
