import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import type { Database } from '../../db/schema';
import { loadPanel } from '../panels/load';
import type { PanelDto } from '../panels/types';
import { panelRoom, type ClientToServerEvents, type ServerToClientEvents } from './events';

export type SignalboxServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * The one way panel data reaches displays. Reads share a short-lived cache and one loader run per key at a time,
 * so thousands of screens revalidating together cost one query; writes run each watched panel's loader once and
 * push the result to the room of displays showing it.
 */
export interface PanelPublisher {
  get(key: string): Promise<PanelDto | undefined>;
  publish(keys: string[]): Promise<void>;
  attach(io: SignalboxServer): void;
}

interface Entry {
  data: PanelDto | undefined;
  at: number;
}

export function createPanelPublisher(options: {
  db: Kysely<Database>;
  log: Logger;
  now?: () => Date;
  ttlMs?: number;
  maxEntries?: number;
}): PanelPublisher {
  const { db, log } = options;
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? 10_000;
  const maxEntries = options.maxEntries ?? 2_000;
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<PanelDto | undefined>>();
  // Bumped by every publish so that a read begun before a write cannot cache what the write replaced.
  const generation = new Map<string, number>();
  let io: SignalboxServer | undefined;

  function remember(key: string, data: PanelDto | undefined) {
    cache.delete(key);
    cache.set(key, { data, at: Date.now() });
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  }

  function load(key: string): Promise<PanelDto | undefined> {
    const running = inFlight.get(key);
    if (running) return running;
    const startedAt = generation.get(key) ?? 0;
    const promise = loadPanel(db, key, now())
      .then((data) => {
        // Only real panels are cached: made-up keys must not push real entries out.
        if (data && (generation.get(key) ?? 0) === startedAt) remember(key, data);
        return data;
      })
      .finally(() => {
        if (inFlight.get(key) === promise) inFlight.delete(key);
      });
    inFlight.set(key, promise);
    return promise;
  }

  return {
    async get(key) {
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < ttlMs) return hit.data;
      return load(key);
    },

    async publish(keys) {
      const watched = [...new Set(keys)].filter((key) => (io?.sockets.adapter.rooms.get(panelRoom(key))?.size ?? 0) > 0);
      for (const key of new Set(keys)) {
        generation.set(key, (generation.get(key) ?? 0) + 1);
        if (!watched.includes(key)) cache.delete(key);
      }
      await Promise.all(
        watched.map(async (key) => {
          try {
            inFlight.delete(key);
            const data = await load(key);
            if (data) io?.to(panelRoom(key)).emit('panel-data', { key, data });
          } catch (error) {
            log.error({ err: error, key }, 'panel loader failed after a write');
          }
        }),
      );
    },

    attach(server) {
      io = server;
    },
  };
}
