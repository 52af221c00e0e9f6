// Client-safe: when a wall fetches a panel again once its data has said it goes out of date (a shift hand-over,
// midnight). Thousands of screens reach that instant together, so each waits a random 0-60 s. The wait is drawn once
// per panel and change and outlives the component: a panel is mounted afresh at every rotation step, and a wait
// drawn anew at each mount would rarely run out on a short step, nor stop at one fetch.

/** Spreads the refetch of thousands of walls over a minute: 0-60 s. */
export const REFETCH_JITTER_MS = 60_000;

export function refetchDelayMs(random: number): number {
  return Math.floor(Math.min(1, Math.max(0, random)) * REFETCH_JITTER_MS);
}

export interface RefetchSchedule {
  /**
   * How long to wait before fetching `key` again for the change named `change` (the instant or day its data said it
   * goes out of date), or null once that fetch has been made. The first call for a change draws the wait.
   */
  delayMs(key: string, change: string, now: number, random: () => number): number | null;
  /** The fetch for this change was made: none again until the data names another change. */
  fetched(key: string, change: string): void;
}

export function createRefetchSchedule(): RefetchSchedule {
  // One entry per panel key, replaced when its data names another change: bounded by the keys a wall shows.
  const byKey = new Map<string, { change: string; dueAt: number; fetched: boolean }>();
  return {
    delayMs(key, change, now, random) {
      let entry = byKey.get(key);
      if (!entry || entry.change !== change) {
        entry = { change, dueAt: now + refetchDelayMs(random()), fetched: false };
        byKey.set(key, entry);
      }
      return entry.fetched ? null : Math.max(0, entry.dueAt - now);
    },
    fetched(key, change) {
      const entry = byKey.get(key);
      if (entry && entry.change === change) entry.fetched = true;
    },
  };
}
