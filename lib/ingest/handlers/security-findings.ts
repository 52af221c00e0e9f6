import { findQualityKeyTrains, upsertSecurityFindings } from '../../../db/queries/quality';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { NewSecurityFinding } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/** Security findings by key; the train must exist; the newest occurredAt wins per key. */
export const applySecurityFindings: EventHandler<'security_finding.upserted'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = events
    .filter(({ event }) => !trains.has(event.data.train))
    .map(({ event, index }) => ({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` }));
  refuseUnknown(problems);

  const newest = new Map<string, NewSecurityFinding>();
  for (const { event } of events) {
    const { key, train, source, severity, title, openedAt, resolvedAt } = event.data;
    const row: NewSecurityFinding = {
      key,
      train_id: trains.get(train)!.id,
      source,
      severity,
      title,
      opened_at: new Date(openedAt),
      resolved_at: resolvedAt === null ? null : new Date(resolvedAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  const previousTrains = await findQualityKeyTrains(db, 'security_findings', [...newest.keys()]);
  await upsertSecurityFindings(db, [...newest.values()]);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['quality'] }));
};
