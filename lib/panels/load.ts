import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { loadAnnouncement } from './announcement/loader';
import { loadBurndown, loadTrainBurndown } from './burndown/loader';
import { loadCadence } from './cadence/loader';
import { loadDora } from './dora/loader';
import { loadFlow } from './flow/loader';
import { loadImpediments } from './impediments/loader';
import { loadIncidents } from './incidents/loader';
import { loadKpis } from './kpis/loader';
import { parsePanelKey } from './keys';
import { loadObjectives } from './objectives/loader';
import { loadPiBurnup } from './pi-burnup/loader';
import { loadQuality } from './quality/loader';
import { loadReleases } from './releases/loader';
import { loadRisks } from './risks/loader';
import type { PanelDto } from './types';

/** Runs the loader of the panel a key names; undefined when the key or what it names does not exist. */
export async function loadPanel(db: Kysely<Database>, key: string, now: Date): Promise<PanelDto | undefined> {
  const ref = parsePanelKey(key);
  if (!ref) return undefined;
  switch (ref.kind) {
    case 'burndown':
      return loadBurndown(db, ref, now);
    case 'train-burndown':
      return loadTrainBurndown(db, ref, now);
    case 'pi-burnup':
      return loadPiBurnup(db, ref, now);
    case 'objectives':
      return loadObjectives(db, ref, now);
    case 'flow':
      return loadFlow(db, ref, now);
    case 'cadence':
      return loadCadence(db, ref, now);
    case 'announcement':
      return loadAnnouncement(db, ref, now);
    case 'impediments':
      return loadImpediments(db, ref, now);
    case 'risks':
      return loadRisks(db, ref, now);
    case 'incidents':
      return loadIncidents(db, ref, now);
    case 'kpis':
      return loadKpis(db, ref, now);
    case 'releases':
      return loadReleases(db, ref, now);
    case 'dora':
      return loadDora(db, ref, now);
    case 'quality':
      return loadQuality(db, ref, now);
  }
}
