// Client-safe and pure: the kiosk's self-healing rules (freshness, watchdog, build reload, burn-in shift).
import type { PanelKind } from '@/lib/panels/keys';

const MINUTE = 60_000;

/** How old a panel's data may be before it is shown as stale. */
export const FRESHNESS_BUDGET_MS: Record<PanelKind, number> = {
  burndown: 10 * MINUTE,
  'train-burndown': 10 * MINUTE,
  'pi-burnup': 30 * MINUTE,
  objectives: 60 * MINUTE,
  flow: 30 * MINUTE,
  cadence: 60 * MINUTE,
  // Changes only when someone edits it, and every edit is pushed.
  announcement: 24 * 60 * MINUTE,
  // Typed in the console or sent by trackers as they change; every write is pushed.
  impediments: 60 * MINUTE,
  risks: 60 * MINUTE,
  // Incidents move fast; the on-call hand-over is computed on the TV from its own clock.
  incidents: 10 * MINUTE,
  kpis: 60 * MINUTE,
  // Deployments and gate decisions are pushed as they happen; countdowns tick on the TV.
  releases: 30 * MINUTE,
  dora: 60 * MINUTE,
  quality: 30 * MINUTE,
};

/** A panel coming on screen with data older than this is fetched again, so quiet periods still show fresh data. */
export function refreshAfterMs(kind: PanelKind): number {
  return FRESHNESS_BUDGET_MS[kind] / 4;
}

export interface Freshness {
  ageMs: number;
  stale: boolean;
  label: string;
}

export function freshness(kind: PanelKind, confirmedAt: number | undefined, now: number): Freshness {
  if (confirmedAt === undefined) return { ageMs: Number.POSITIVE_INFINITY, stale: true, label: 'No data yet' };
  const ageMs = Math.max(0, now - confirmedAt);
  const minutes = Math.floor(ageMs / MINUTE);
  const stale = ageMs > FRESHNESS_BUDGET_MS[kind];
  if (stale) return { ageMs, stale, label: `Data ${ageText(minutes)} old` };
  return { ageMs, stale, label: minutes < 1 ? 'Updated just now' : `Updated ${ageText(minutes)} ago` };
}

function ageText(minutes: number): string {
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}

/** No socket and no successful fetch for this long: the page reloads itself, if the server answers. */
export const WATCHDOG_SILENCE_MS = 5 * MINUTE;
/** And never more often than this, so a broken deploy cannot make TVs reload in a loop. */
export const WATCHDOG_MIN_INTERVAL_MS = 10 * MINUTE;

export function watchdogDue(input: { connected: boolean; lastContactAt: number; lastReloadAt: number | null; now: number }): boolean {
  if (input.connected) return false;
  if (input.now - input.lastContactAt < WATCHDOG_SILENCE_MS) return false;
  return input.lastReloadAt === null || input.now - input.lastReloadAt >= WATCHDOG_MIN_INTERVAL_MS;
}

/** A server on another build asks for one reload; a page that already reloaded for that build does not ask again. */
export function wantsBuildReload(pageBuild: string, serverBuild: string, alreadyReloadedFor: string | null): boolean {
  return serverBuild !== pageBuild && serverBuild !== alreadyReloadedFor;
}

/** Burn-in care: the whole wall moves a few pixels now and then, around its true position. */
export const SHIFT_EVERY_MS = 3 * MINUTE;
export const SHIFT_OFFSETS: readonly (readonly [number, number])[] = [
  [0, 0],
  [2, 1],
  [4, -1],
  [1, -3],
  [-2, -4],
  [-4, -1],
  [-3, 2],
  [0, 4],
  [3, 3],
];

export function shiftAt(sinceStartMs: number): readonly [number, number] {
  const index = Math.floor(Math.max(0, sinceStartMs) / SHIFT_EVERY_MS) % SHIFT_OFFSETS.length;
  return SHIFT_OFFSETS[index]!;
}
