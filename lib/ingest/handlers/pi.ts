import { replacePiIterations, upsertProgramIncrement } from '../../../db/queries/trains';
import { calendarChanges, requireTrains, type TrainRef } from './calendar-events';
import type { EventHandler } from './types';

/**
 * A PI by (train, name) with its iterations by code, numbered in the order given. Events apply one after another in
 * time order (a batch may resend the same PI), so the latest wins; a PI event is rare and its iterations few.
 */
export const applyPis: EventHandler<'pi.upserted'> = async (db, events) => {
  const trains = await requireTrains(db, events);
  const ordered = [...events].sort((a, b) => Date.parse(a.event.occurredAt) - Date.parse(b.event.occurredAt) || a.index - b.index);
  const touched = new Map<string, TrainRef>();
  for (const { event } of ordered) {
    const train = trains.get(event.data.train)!;
    const { name, startDate, endDate, iterations } = event.data;
    const piId = await upsertProgramIncrement(db, { train_id: train.id, name, start_date: startDate, end_date: endDate });
    await replacePiIterations(
      db,
      { trainId: train.id, piId },
      iterations.map((it, index) => ({
        code: it.code,
        name: it.name ?? (it.kind === 'ip' ? 'IP Iteration' : `Iteration ${index + 1}`),
        kind: it.kind,
        start_date: it.startDate,
        end_date: it.endDate,
      })),
    );
    touched.set(train.slug, train);
  }
  return calendarChanges(touched.values());
};
