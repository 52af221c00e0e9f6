import type { Kysely } from 'kysely';
import { impedimentTrend, oldestOpenImpediments, openImpedimentsByTeam, openImpedimentSummary } from '../../../db/queries/impediments';
import { findTrainWithCurrentPi } from '../../../db/queries/objectives';
import type { Database } from '../../../db/schema';
import { panelKey } from '../keys';
import { OLDEST_LIMIT } from './math';
import type { ImpedimentsDto, ImpedimentsRef } from './types';

/** The train's impediments open at `now` and the current PI's trend, as the panel draws them; undefined for an unknown train. */
export async function loadImpediments(db: Kysely<Database>, ref: ImpedimentsRef, now: Date): Promise<ImpedimentsDto | undefined> {
  const train = await findTrainWithCurrentPi(db, ref.train, now);
  if (!train) return undefined;
  const [open, teams, oldest, trend] = await Promise.all([
    openImpedimentSummary(db, train.trainId, now),
    openImpedimentsByTeam(db, train.trainId, now),
    oldestOpenImpediments(db, train.trainId, now, OLDEST_LIMIT),
    train.pi ? impedimentTrend(db, train.pi.id, now) : Promise.resolve([]),
  ]);
  return {
    kind: 'impediments',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    pi: train.pi && { name: train.pi.name, startDate: train.pi.startDate, endDate: train.pi.endDate },
    open,
    teams,
    oldest,
    trend,
  };
}
