import type { Kysely } from 'kysely';
import { findTrainWithCurrentPi } from '../../../db/queries/objectives';
import { riskBoardRows, type RiskBoardRow } from '../../../db/queries/risks';
import type { Database, RoamState } from '../../../db/schema';
import { panelKey } from '../keys';
import { ageInDays, capGroup, emptyGroup, ROAM_QUADRANTS } from './math';
import type { RisksDto, RisksRef, RoamGroup } from './types';

/**
 * Lines each list has on the wall (the "+N more" line included): the "Not yet ROAMed" column is as tall as two
 * quadrants. More would not fit at a size read from 3 m.
 */
export const RISK_SLOTS = { unroamed: 4, roamed: 3 } as const;

/** The train's current PI's risks (and those tied to no PI) on a ROAM board; undefined for an unknown train. */
export async function loadRisks(db: Kysely<Database>, ref: RisksRef, now: Date): Promise<RisksDto | undefined> {
  const train = await findTrainWithCurrentPi(db, ref.train, now);
  if (!train) return undefined;
  const rows = await riskBoardRows(db, { trainId: train.trainId, piId: train.pi?.id ?? null }, RISK_SLOTS);

  const group = (state: RoamState, slots: number): RoamGroup => {
    const ofState = rows.filter((row) => row.roam === state);
    if (ofState.length === 0) return emptyGroup(state);
    const { items, more } = capGroup(ofState[0]!.count, ofState, slots);
    return { state, count: ofState[0]!.count, items: items.map((row) => toItem(row, now, train.timeZone)), more };
  };
  const unroamed = group('unroamed', RISK_SLOTS.unroamed);
  const quadrants = ROAM_QUADRANTS.map((state) => group(state, RISK_SLOTS.roamed));
  return {
    kind: 'risks',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    pi: train.pi && { name: train.pi.name, startDate: train.pi.startDate, endDate: train.pi.endDate },
    total: unroamed.count + quadrants.reduce((sum, q) => sum + q.count, 0),
    unroamed,
    quadrants,
  };
}

function toItem(row: RiskBoardRow, now: Date, timeZone: string) {
  return {
    key: row.key,
    title: row.title,
    impact: row.impact,
    owner: row.owner,
    team: row.team,
    ageDays: ageInDays(new Date(row.raisedAt).toISOString(), now, timeZone),
  };
}
