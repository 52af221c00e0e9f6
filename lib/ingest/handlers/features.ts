import { statusMappingsOf } from '../../../db/queries/status-mappings';
import {
  featureRef,
  findPisByName,
  findTrainsBySlug,
  insertFeatureChanges,
  refreshFeatureSpans,
  upsertFeatures,
} from '../../../db/queries/features';
import type { NewFeature } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { statusCategoryOf } from '../status';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/** Features and enablers: their newest state per train and key, and their append-only history for the burnup. */
export const applyFeatures: EventHandler<'feature.upserted'> = async (db, events) => {
  const trains = new Map((await findTrainsBySlug(db, [...new Set(events.map(({ event }) => event.data.train))])).map((t) => [t.slug, t]));
  const trainIds = [...new Set([...trains.values()].map((t) => t.id))];
  const piNames = [...new Set(events.map(({ event }) => event.data.pi).filter((name): name is string => name !== null))];
  const pis = new Map((await findPisByName(db, trainIds, piNames)).map((pi) => [`${pi.train_id}|${pi.name}`, pi.id]));

  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    const train = trains.get(event.data.train);
    if (!train) {
      problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` });
    } else if (event.data.pi !== null && !pis.has(`${train.id}|${event.data.pi}`)) {
      problems.push({ path: fieldPath(index, 'pi'), message: `unknown PI "${event.data.pi}" in train "${event.data.train}"` });
    }
  }
  refuseUnknown(problems);
  if (events.length === 0) return [];

  const mappings = await statusMappingsOf(db, trainIds);
  const rows = events.map(({ event }) => {
    const train = trains.get(event.data.train)!;
    const row: NewFeature = {
      train_id: train.id,
      key: event.data.key,
      pi_id: event.data.pi === null ? null : pis.get(`${train.id}|${event.data.pi}`)!,
      title: event.data.title,
      kind: event.data.kind,
      status: event.data.status,
      status_category: statusCategoryOf(event.data.status, mappings.get(train.id)),
      points: event.data.points,
      changed_at: new Date(event.occurredAt),
    };
    return { event, row };
  });

  // One upsert may touch a row once: keep each feature's newest state (the later event wins a tie).
  const newest = new Map<string, NewFeature>();
  for (const { row } of rows) {
    const ref = featureRef(row.train_id, row.key);
    const held = newest.get(ref);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(ref, row);
  }
  const ids = await upsertFeatures(db, [...newest.values()]);
  await insertFeatureChanges(
    db,
    rows.map(({ event, row }) => ({
      feature_id: ids.get(featureRef(row.train_id, row.key))!,
      event_id: event.id,
      occurred_at: row.changed_at as Date,
      pi_id: row.pi_id ?? null,
      status_category: row.status_category,
      points: row.points ?? null,
    })),
  );
  await refreshFeatureSpans(db, [...new Set(ids.values())]);

  const touched = [...new Set(events.map(({ event }) => event.data.train))];
  return touched.map((train): TrainChange => ({ train, teams: [], changed: ['features'] }));
};
