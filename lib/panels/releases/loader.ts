import type { Kysely } from 'kysely';
import { listEnvironments } from '../../../db/queries/environments';
import { findTrainWithCurrentPi } from '../../../db/queries/objectives';
import { listBoardReleases } from '../../../db/queries/releases';
import type { Database } from '../../../db/schema';
import { panelKey } from '../keys';
import { completeGates } from './math';
import type { BoardDeployment, ReleasesDto, ReleasesRef } from './types';

/** Rows the board shows: what fits the screen at a size read from 3 m; `total` counts the rest ("+N more"). */
export const LISTED_RELEASES = 4;
/** A release that went out stays on the board as "Departed" this long. */
export const DEPARTED_FOR_MS = 2 * 86_400_000;

/** The train's departure board as the panel draws it; undefined for an unknown train. */
export async function loadReleases(db: Kysely<Database>, ref: ReleasesRef, now: Date): Promise<ReleasesDto | undefined> {
  const train = await findTrainWithCurrentPi(db, ref.train, now);
  if (!train) return undefined;
  const environments = await listEnvironments(db, train.trainId);
  const rows = await listBoardReleases(db, train.trainId, new Date(now.getTime() - DEPARTED_FOR_MS), LISTED_RELEASES);
  return {
    kind: 'releases',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name, timeZone: train.timeZone },
    asOf: now.toISOString(),
    environments: environments.map((e) => ({ key: e.key, name: e.name, production: e.production })),
    total: rows[0]?.total ?? 0,
    releases: rows.map((r) => ({
      key: r.key,
      name: r.name,
      version: r.version,
      major: r.major,
      plannedDate: r.plannedDate,
      targetDate: r.targetDate,
      releasedAt: r.releasedAt === null ? null : r.releasedAt.toISOString(),
      gates: completeGates(
        r.gates.map((g) => ({ ...g, decidedAt: g.decidedAt === null ? null : new Date(g.decidedAt).toISOString() })),
        r.major,
      ),
      deployments: environments.map((e): BoardDeployment => {
        const latest = r.deployments.find((d) => d.environmentId === e.id);
        return latest ? { status: latest.status, at: new Date(latest.at).toISOString() } : null;
      }),
    })),
  };
}
