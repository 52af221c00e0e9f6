import { findKeyTrains } from '../../../db/queries/keyed-rows';
import { upsertOnCallShifts } from '../../../db/queries/oncall';
import type { NewOnCallShift } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import { requireTrains } from './calendar-events';
import type { EventHandler } from './types';

/**
 * On-call shifts of a train's rota by key; the train must exist. The newest occurredAt wins, so a late event never
 * overwrites a newer state; a resend with the same key moves or reassigns the shift (or moves it to another train).
 */
export const applyOnCallShifts: EventHandler<'oncall_shift.upserted'> = async (db, events) => {
  const trains = await requireTrains(db, events);

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, NewOnCallShift>();
  for (const { event } of events) {
    const { key, train, role, person, contact, startsAt, endsAt } = event.data;
    const row: NewOnCallShift = {
      key,
      train_id: trains.get(train)!.id,
      role,
      person,
      contact,
      starts_at: new Date(startsAt),
      ends_at: new Date(endsAt),
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, row);
  }
  const previousTrains = await findKeyTrains(db, 'oncall_shifts', [...newest.keys()]);
  await upsertOnCallShifts(db, [...newest.values()], { newestWins: true });

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['oncall'] }));
};
