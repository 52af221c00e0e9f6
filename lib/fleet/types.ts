// Client-safe: what a display reports every 30 s, and what the console lists.

export interface Heartbeat {
  /** Panel key on screen, or a state such as "pairing", "alert", "screen-off". */
  panel: string;
  build: string;
  uptimeSeconds: number;
  /** performance.memory.usedJSHeapSize where the browser has it. */
  heapUsedBytes: number | null;
  socket: 'connected';
  configVersion: string | null;
}

export interface FleetEntry {
  displayId: number;
  name: string;
  trainSlug: string;
  online: boolean;
  lastSeenAt: string | null;
  heartbeat: Heartbeat | null;
}

export type DisplayCommand = 'reload' | 'next' | 'identify';
