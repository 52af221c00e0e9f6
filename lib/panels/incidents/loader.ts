import type { Kysely } from 'kysely';
import { countOpenIncidents, listOpenIncidents, meanTimeToRestore } from '../../../db/queries/incidents';
import { findTrainWithCurrentPi } from '../../../db/queries/objectives';
import { listUpcomingShifts } from '../../../db/queries/oncall';
import type { Database } from '../../../db/schema';
import { panelKey } from '../keys';
import { nextShiftChange, piWindow } from './math';
import type { IncidentPriority, IncidentsDto, IncidentsRef, OnCallShiftDto } from './types';

/** Open incidents the panel lists: what fits the screen at a size read from 3 m; the total counts the rest. */
export const LISTED_INCIDENTS = 5;
/** Shifts per role: now, next, and enough after them to stay right until the wall fetches again. */
const SHIFTS_PER_ROLE = 8;
const PRIORITIES: IncidentPriority[] = [1, 2, 3, 4, 5];

/** The train's open incidents, MTTR this PI and its on-call rota, as the panel draws them; undefined for an unknown train. */
export async function loadIncidents(db: Kysely<Database>, ref: IncidentsRef, now: Date): Promise<IncidentsDto | undefined> {
  const train = await findTrainWithCurrentPi(db, ref.train, now);
  if (!train) return undefined;
  const window = train.pi && piWindow(train.pi, train.timeZone);
  const [incidents, counts, mttr, shiftRows] = await Promise.all([
    listOpenIncidents(db, train.trainId, LISTED_INCIDENTS),
    countOpenIncidents(db, train.trainId),
    window ? meanTimeToRestore(db, train.trainId, window.from, window.to) : { meanSeconds: null, count: 0 },
    listUpcomingShifts(db, train.trainId, now, SHIFTS_PER_ROLE),
  ]);
  const shifts = (role: string): OnCallShiftDto[] =>
    shiftRows
      .filter((s) => s.role === role)
      .map((s) => ({ person: s.person, contact: s.contact, startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString() }));
  const onCall = { primary: shifts('primary'), secondary: shifts('secondary') };
  const byPriority = PRIORITIES.map((priority) => ({ priority, count: counts.find((c) => c.priority === priority)?.count ?? 0 }));
  return {
    kind: 'incidents',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name, timeZone: train.timeZone },
    asOf: now.toISOString(),
    pi: train.pi && { name: train.pi.name, startDate: train.pi.startDate, endDate: train.pi.endDate },
    open: {
      total: byPriority.reduce((n, p) => n + p.count, 0),
      byPriority,
      incidents: incidents.map((i) => ({
        key: i.key,
        priority: i.priority as IncidentPriority,
        title: i.title,
        service: i.service,
        team: i.team,
        startedAt: i.started_at.toISOString(),
      })),
    },
    mttr: { meanSeconds: mttr.meanSeconds === null ? null : Math.round(mttr.meanSeconds), count: mttr.count },
    onCall,
    changesAt: nextShiftChange([...onCall.primary, ...onCall.secondary], now),
  };
}
