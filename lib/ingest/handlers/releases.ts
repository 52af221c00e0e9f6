import { findReleaseTrains, upsertReleases } from '../../../db/queries/releases';
import { findTrainsWithTeams } from '../../../db/queries/trains';
import type { NewRelease } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { FieldProblem } from '../schema';
import { fieldPath, refuseUnknown, type EventHandler } from './types';

/**
 * Releases by key. The train must exist. The newest occurredAt wins. plannedDate is the date first promised: when
 * the feed leaves it out, a new release takes its target date and a stored one keeps the date it had, so a slip
 * stays visible after the tracker moves the target.
 */
export const applyReleases: EventHandler<'release.upserted'> = async (db, events) => {
  const trains = await findTrainsWithTeams(db, [...new Set(events.map(({ event }) => event.data.train))]);
  const problems: FieldProblem[] = [];
  for (const { event, index } of events) {
    if (!trains.has(event.data.train)) problems.push({ path: fieldPath(index, 'train'), message: `unknown train "${event.data.train}"` });
  }
  refuseUnknown(problems);

  // One upsert may touch a row once: keep each key's newest state (the later event wins a tie).
  const newest = new Map<string, { row: NewRelease; plannedGiven: boolean }>();
  for (const { event } of events) {
    const { key, train, name, version, major, targetDate, plannedDate, releasedAt, cancelled } = event.data;
    const row: NewRelease = {
      key,
      train_id: trains.get(train)!.id,
      name,
      version,
      major,
      planned_date: plannedDate ?? targetDate,
      target_date: targetDate,
      released_at: releasedAt === null ? null : new Date(releasedAt),
      cancelled,
      changed_at: new Date(event.occurredAt),
    };
    const held = newest.get(key);
    if (!held || (held.row.changed_at as Date) <= (row.changed_at as Date)) newest.set(key, { row, plannedGiven: plannedDate !== null });
  }
  // Read before writing: a key that moves to another train changes that train's board too.
  const previousTrains = await findReleaseTrains(db, [...newest.keys()]);
  const held = [...newest.values()];
  await upsertReleases(db, held.filter((h) => h.plannedGiven).map((h) => h.row), false);
  await upsertReleases(db, held.filter((h) => !h.plannedGiven).map((h) => h.row), true);

  const moved = new Set([...events.map(({ event }) => event.data.train), ...previousTrains.values()]);
  return [...moved].map((train): TrainChange => ({ train, teams: [], changed: ['releases'] }));
};
