// Client-safe: the wall's panel cache. Only the plan's keys are kept, and every time the server vouches for a
// panel's data (SSR, fetch, push) is remembered, so the wall can show how fresh each panel is.
import type { Cache } from 'swr';
import { fetchPanel } from '@/lib/client/panel-fetcher';
import type { PanelDto } from '@/lib/panels/types';

export interface PanelStore {
  /** SWR's cache: a plain Map the wall prunes when its configuration changes. */
  cache: Map<string, unknown>;
  fetcher(key: string): Promise<PanelDto>;
  confirm(key: string, at?: number): void;
  confirmedAt(key: string): number | undefined;
  /**
   * Calls back after every confirmation. A refetch that brings the same data changes nothing in SWR, yet the panel's
   * age must say "just now" at once.
   */
  subscribe(listener: () => void): () => void;
  /** The last moment the server answered: a successful fetch or a live socket. */
  lastContactAt(): number;
  noteContact(at?: number): void;
  /** Forgets every key the plan no longer shows. */
  keepOnly(keys: string[]): void;
}

export function createPanelStore(fallbackKeys: string[], now = Date.now()): PanelStore {
  const cache = new Map<string, unknown>();
  const confirmed = new Map<string, number>();
  const listeners = new Set<() => void>();
  let lastContact = now;
  for (const key of fallbackKeys) confirmed.set(key, now);

  const store: PanelStore = {
    cache,
    async fetcher(key) {
      const data = await fetchPanel(key);
      store.confirm(key);
      store.noteContact();
      return data;
    },
    confirm(key, at = Date.now()) {
      confirmed.set(key, at);
      for (const listener of [...listeners]) listener();
    },
    confirmedAt: (key) => confirmed.get(key),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastContactAt: () => lastContact,
    noteContact(at = Date.now()) {
      lastContact = Math.max(lastContact, at);
    },
    keepOnly(keys) {
      const wanted = new Set(keys);
      for (const key of [...cache.keys()]) if (!wanted.has(key)) cache.delete(key);
      for (const key of [...confirmed.keys()]) if (!wanted.has(key)) confirmed.delete(key);
    },
  };
  return store;
}

export function asSwrCache(store: PanelStore): Cache {
  return store.cache as unknown as Cache;
}
