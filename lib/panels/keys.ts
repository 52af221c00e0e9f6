// Client-safe. A panel key names one panel's data: the SWR cache key, the socket.io room, the API path.
import type { AnnouncementRef } from './announcement/types';
import type { BurndownMeasure, BurndownRef, TrainBurndownRef } from './burndown/types';
import type { CadenceRef } from './cadence/types';
import type { DoraRef } from './dora/types';
import type { FlowRef } from './flow/types';
import type { ImpedimentsRef } from './impediments/types';
import type { IncidentsRef } from './incidents/types';
import type { KpisRef } from './kpis/types';
import type { ObjectivesRef } from './objectives/types';
import type { BurnupMeasure, PiBurnupRef } from './pi-burnup/types';
import type { QualityRef } from './quality/types';
import type { ReleasesRef } from './releases/types';
import type { RisksRef } from './risks/types';

export type PanelRef =
  | BurndownRef
  | TrainBurndownRef
  | PiBurnupRef
  | ObjectivesRef
  | FlowRef
  | CadenceRef
  | AnnouncementRef
  | ImpedimentsRef
  | RisksRef
  | IncidentsRef
  | KpisRef
  | ReleasesRef
  | DoraRef
  | QualityRef;
export type PanelKind = PanelRef['kind'];
/** Kinds a playlist can rotate through; the cadence panel is the wall's header strip, always on. */
export type RotatingPanelKind = Exclude<PanelKind, 'cadence'>;

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Keys are `kind:scope[:option]`, where scope is a team slug (team panels) or a train slug (train panels):
 * burndown:atlas:points, train-burndown:demo:hours, pi-burnup:demo:features, objectives:demo, flow:demo, cadence:demo,
 * announcement:demo:12 (an announcement's id), impediments:demo, risks:demo, incidents:demo, kpis:demo, releases:demo,
 * dora:demo, quality:demo.
 */
export function panelKey(ref: PanelRef): string {
  switch (ref.kind) {
    case 'burndown':
      return `burndown:${ref.team}:${ref.measure}`;
    case 'train-burndown':
      return `train-burndown:${ref.train}:${ref.measure}`;
    case 'pi-burnup':
      return `pi-burnup:${ref.train}:${ref.measure}`;
    case 'objectives':
    case 'flow':
    case 'cadence':
    case 'impediments':
    case 'risks':
    case 'incidents':
    case 'kpis':
    case 'releases':
    case 'dora':
    case 'quality':
      return `${ref.kind}:${ref.train}`;
    case 'announcement':
      return `announcement:${ref.train}:${ref.id}`;
  }
}

/** Parses a key from a URL or a socket; anything malformed is undefined, never an exception. */
export function parsePanelKey(key: string): PanelRef | undefined {
  const [kind, scope, option, ...rest] = key.split(':');
  if (rest.length > 0 || !scope || !SLUG.test(scope)) return undefined;
  switch (kind) {
    case 'burndown':
      return isMeasure(option) ? { kind, team: scope, measure: option } : undefined;
    case 'train-burndown':
      return isMeasure(option) ? { kind, train: scope, measure: option } : undefined;
    case 'pi-burnup':
      return option === 'points' || option === 'features' ? { kind, train: scope, measure: option as BurnupMeasure } : undefined;
    case 'objectives':
    case 'flow':
    case 'cadence':
    case 'impediments':
    case 'risks':
    case 'incidents':
    case 'kpis':
    case 'releases':
    case 'dora':
    case 'quality':
      return option === undefined ? { kind, train: scope } : undefined;
    case 'announcement':
      return option !== undefined && /^[1-9][0-9]{0,8}$/.test(option) ? { kind, train: scope, id: Number(option) } : undefined;
    default:
      return undefined;
  }
}

/** What a panel belongs to, for access checks: a team's panel or a whole train's. */
export function panelScope(ref: PanelRef): { team: string } | { train: string } {
  return ref.kind === 'burndown' ? { team: ref.team } : { train: ref.train };
}

function isMeasure(value: string | undefined): value is BurndownMeasure {
  return value === 'points' || value === 'hours';
}

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
