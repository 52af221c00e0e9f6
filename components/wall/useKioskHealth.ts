'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Heartbeat } from '@/lib/fleet/types';
import { shiftAt, SHIFT_EVERY_MS, watchdogDue } from './health';
import type { PanelStore } from './panel-store';
import type { WallSocket } from './useDisplaySocket';

const HEARTBEAT_EVERY_MS = 30_000;
const WATCHDOG_CHECK_EVERY_MS = 30_000;
const WATCHDOG_KEY = 'signalbox.watchdog-reload-at';

interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}

/** What the fleet page shows for this TV: sent on connect and every 30 s while connected. */
export function useHeartbeat(
  socket: RefObject<WallSocket | null>,
  connected: boolean,
  describe: () => Pick<Heartbeat, 'panel' | 'build' | 'configVersion'>,
): void {
  const describeRef = useRef(describe);
  useEffect(() => {
    describeRef.current = describe;
  });

  useEffect(() => {
    if (!connected) return;
    const send = () => {
      const target = socket.current;
      // Never queue beats while offline: socket.io would buffer them all and send a burst on reconnect.
      if (!target?.connected) return;
      const memory = (performance as PerformanceWithMemory).memory;
      target.emit('heartbeat', {
        ...describeRef.current(),
        uptimeSeconds: Math.round(performance.now() / 1000),
        heapUsedBytes: memory ? memory.usedJSHeapSize : null,
        socket: 'connected',
      });
    };
    send();
    const timer = setInterval(send, HEARTBEAT_EVERY_MS);
    return () => clearInterval(timer);
  }, [connected, socket]);
}

/**
 * The last resort: no socket and no successful fetch for 5 minutes reloads the page, at most once per 10 minutes,
 * and only after the server has answered, because a reload while it is down would leave a browser error page.
 */
export function useWatchdog(connected: boolean, store: PanelStore): void {
  useEffect(() => {
    let probing = false;
    const timer = setInterval(() => {
      const now = Date.now();
      if (connected) store.noteContact(now);
      if (probing || !watchdogDue({ connected, lastContactAt: store.lastContactAt(), lastReloadAt: readNumber(WATCHDOG_KEY), now })) return;
      probing = true;
      fetch('/api/health', { cache: 'no-store' })
        .then((response) => {
          if (!response.ok) return;
          writeNumber(WATCHDOG_KEY, Date.now());
          window.location.reload();
        })
        .catch(() => undefined)
        .finally(() => {
          probing = false;
        });
    }, WATCHDOG_CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [connected, store]);
}

/** Burn-in care: a transform for the whole wall that moves a few pixels every few minutes. */
export function usePixelShift(): string {
  const [offset, setOffset] = useState<readonly [number, number]>([0, 0]);
  useEffect(() => {
    const startedAt = Date.now();
    const timer = setInterval(() => setOffset(shiftAt(Date.now() - startedAt)), SHIFT_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return `translate(${offset[0]}px, ${offset[1]}px)`;
}

function readNumber(key: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(key));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function writeNumber(key: string, value: number): void {
  try {
    window.localStorage.setItem(key, String(value));
  } catch {
    // Storage can be disabled on some TVs: the watchdog still works, only without its rate limit across reloads.
  }
}
