import { findReleasesByKey, upsertReleaseGates } from '../../../db/queries/releases';
import type { NewReleaseGate } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * Gate decisions, one row per (release, gate), the release named by its key. The newest occurredAt wins. A decision
 * (anything but pending) happened at decidedAt, else when the event occurred; a pending gate has no decision time.
 */
export const applyReleaseGates: EventHandler<'release_gate.decided'> = async (db, events) => {
  const releases = new Map((await findReleasesByKey(db, [...new Set(events.map(({ event }) => event.data.release))])).map((r) => [r.key, r]));
  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    if (!releases.has(event.data.release)) problems.push({ path: fieldPath(index, 'release'), message: `unknown release "${event.data.release}"` });
  }
  refuseUnknown(problems);

  const newest = new Map<string, NewReleaseGate>();
  for (const { event } of events) {
    const { release, gate, state, decidedBy, decidedAt, note } = event.data;
    const row: NewReleaseGate = {
      release_id: releases.get(release)!.id,
      gate,
      state,
      decided_by: decidedBy,
      decided_at: state === 'pending' ? null : new Date(decidedAt ?? event.occurredAt),
      note,
      changed_at: new Date(event.occurredAt),
    };
    const id = `${row.release_id}:${gate}`;
    const held = newest.get(id);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(id, row);
  }
  await upsertReleaseGates(db, [...newest.values()]);

  const trains = new Set(events.map(({ event }) => releases.get(event.data.release)!.train));
  return [...trains].map((train): TrainChange => ({ train, teams: [], changed: ['releases'] }));
};
