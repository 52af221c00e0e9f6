import type { Kysely } from 'kysely';
import { findCadence } from '../../../db/queries/cadence';
import type { Database } from '../../../db/schema';
import { workingDaysBetween } from '../../time/calendar';
import { panelKey } from '../keys';
import type { CadenceDto, CadenceRef } from './types';

/** The train's cadence for the wall's header strip; undefined for an unknown train. */
export async function loadCadence(db: Kysely<Database>, ref: CadenceRef, now: Date): Promise<CadenceDto | undefined> {
  const row = await findCadence(db, ref.train, now);
  if (!row) return undefined;
  const { pi, iteration } = row;
  return {
    kind: 'cadence',
    key: panelKey(ref),
    train: { slug: row.slug, name: row.name, timeZone: row.timeZone },
    asOf: now.toISOString(),
    pi: pi && { name: pi.name, startDate: pi.start_date, endDate: pi.end_date },
    iteration: iteration && {
      number: iteration.number,
      name: iteration.name,
      kind: iteration.kind,
      startDate: iteration.start_date,
      endDate: iteration.end_date,
      workingDays: workingDaysBetween(iteration.start_date, iteration.end_date),
    },
    upcoming: row.upcoming.map((e) => ({ kind: e.kind, title: e.title, startDate: e.start_date, endDate: e.end_date })),
    changesOn: row.changes_on,
  };
}
