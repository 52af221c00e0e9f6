import { listFleetDisplays, saveLastSeen } from '../../db/queries/fleet';
import { requireRole, type Principal } from '../auth/principal';
import { FLEET_ROOM } from '../realtime/events';
import type { Runtime } from '../runtime';
import type { FleetEntry, Heartbeat } from './types';

/** A display that has not sent a heartbeat for this long shows offline. */
export const OFFLINE_AFTER_MS = 120_000;
const UPDATE_THROTTLE_MS = 1_000;

interface FleetState {
  beats: Map<number, { beat: Heartbeat; at: Date }>;
  /** Last-seen times not yet written to the database. */
  unsaved: Map<number, Date>;
  updateTimer?: NodeJS.Timeout;
}

// Heartbeats arrive in server.ts's module copy and are read by Next's route code: globalThis is what both share.
const FLEET_KEY = Symbol.for('signalbox.fleet');
function state(): FleetState {
  const holder = globalThis as { [FLEET_KEY]?: FleetState };
  return (holder[FLEET_KEY] ??= { beats: new Map(), unsaved: new Map() });
}

function clean(beat: unknown): Heartbeat | undefined {
  if (!beat || typeof beat !== 'object') return undefined;
  const b = beat as Record<string, unknown>;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : null);
  return {
    panel: text(b.panel, 200),
    build: text(b.build, 100),
    uptimeSeconds: count(b.uptimeSeconds) ?? 0,
    heapUsedBytes: count(b.heapUsedBytes),
    socket: 'connected',
    configVersion: typeof b.configVersion === 'string' ? b.configVersion.slice(0, 100) : null,
  };
}

/** Keeps a display's latest heartbeat in memory and tells watching consoles, at most once a second. */
export function recordHeartbeat(runtime: Runtime, displayId: number, beat: unknown, now = new Date()): void {
  const cleaned = clean(beat);
  if (!cleaned) return;
  const fleet = state();
  fleet.beats.set(displayId, { beat: cleaned, at: now });
  fleet.unsaved.set(displayId, now);
  fleet.updateTimer ??= setTimeout(() => {
    fleet.updateTimer = undefined;
    void broadcastFleet(runtime);
  }, UPDATE_THROTTLE_MS);
}

export async function fleetSnapshot(runtime: Pick<Runtime, 'db'>, now = new Date()): Promise<FleetEntry[]> {
  const { beats } = state();
  const displays = await listFleetDisplays(runtime.db);
  return displays.map((display) => {
    const live = beats.get(display.id);
    const lastSeen = live?.at ?? display.last_seen_at;
    return {
      displayId: display.id,
      name: display.name,
      trainSlug: display.train_slug,
      online: lastSeen !== null && now.getTime() - lastSeen.getTime() < OFFLINE_AFTER_MS,
      lastSeenAt: lastSeen ? lastSeen.toISOString() : null,
      heartbeat: live?.beat ?? null,
    };
  });
}

export async function broadcastFleet(runtime: Runtime): Promise<void> {
  if ((runtime.io.sockets.adapter.rooms.get(FLEET_ROOM)?.size ?? 0) === 0) return;
  try {
    runtime.io.to(FLEET_ROOM).emit('fleet-update', await fleetSnapshot(runtime));
  } catch (error) {
    runtime.log.warn({ err: error }, 'fleet update failed');
  }
}

/** Writes last-seen times in one batch a minute, and refreshes consoles so that silent displays turn offline. */
export function startFleetUpkeep(runtime: Runtime, everyMs = 30_000): { stop(): Promise<void> } {
  const flush = async () => {
    const fleet = state();
    const batch = new Map(fleet.unsaved);
    fleet.unsaved.clear();
    try {
      await saveLastSeen(runtime.db, batch);
    } catch (error) {
      for (const [id, at] of batch) if (!fleet.unsaved.has(id)) fleet.unsaved.set(id, at);
      runtime.log.warn({ err: error }, 'saving last-seen times failed');
    }
    await broadcastFleet(runtime);
  };
  const timer = setInterval(() => void flush(), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}

/** The console's fleet list: every paired display with its live state (viewer and up). */
export async function loadFleetForConsole(runtime: Runtime, principal: Principal): Promise<FleetEntry[]> {
  requireRole(principal, 'viewer');
  return fleetSnapshot(runtime);
}
