'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { io, type Socket } from 'socket.io-client';
import { useSWRConfig } from 'swr';
import type { AlertDto } from '@/lib/alerts/types';
import type { DisplayConfig } from '@/lib/displays/types';
import type { DisplayCommand } from '@/lib/fleet/types';
import type { ClientToServerEvents, PanelDataMessage, ServerToClientEvents } from '@/lib/realtime/events';
import type { PanelStore } from './panel-store';

export type WallSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface WallSocketHandlers {
  onHello(build: string): void;
  onConfig(config: DisplayConfig): void;
  onAlerts(alerts: AlertDto[]): void;
  onCommand(command: DisplayCommand): void;
  /** The server no longer knows this display: back to pairing (paired displays only). */
  onRevoked(): void;
}

export interface WallConnection {
  socket: RefObject<WallSocket | null>;
  connected: boolean;
  /** The server has put this wall in its panels' rooms: from now on every change is pushed. */
  watching: boolean;
  /** When the connection was lost; null while connected. */
  offlineSince: Date | null;
}

const RETRY_MAX_MS = 30_000;
/** A server that does not answer 'watch-panels' in this long is not waited for: the panels are fetched anyway. */
const WATCH_ACK_TIMEOUT_MS = 10_000;

/**
 * Keeps a wall live: joins its panels' rooms, writes pushed data into SWR's cache, and on every (re)connect
 * fetches every panel again once in their rooms, since pushes are hints and any missed while away must not matter
 * (fetched before joining, a change written in between would be neither fetched nor pushed). socket.io retries
 * lost transports itself (backoff capped at 30 s); a refusal by the server it does not retry, so that is done here,
 * except for a paired display's invalid token, which sends it back to pairing.
 */
export function useDisplaySocket(paired: boolean, keys: string[], store: PanelStore, handlers: WallSocketHandlers): WallConnection {
  const { mutate } = useSWRConfig();
  const socketRef = useRef<WallSocket | null>(null);
  const keysRef = useRef(keys);
  const handlersRef = useRef(handlers);
  const [connected, setConnected] = useState(false);
  const [watching, setWatching] = useState(false);
  const [offlineSince, setOfflineSince] = useState<Date | null>(null);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    // A paired wall asks to be refused when its token no longer works, so that it can go back to pairing.
    const socket: WallSocket = io({ reconnectionDelay: 1_000, reconnectionDelayMax: RETRY_MAX_MS, auth: paired ? { as: 'display' } : {} });
    socketRef.current = socket;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let refusals = 0;

    const retryLater = () => {
      clearTimeout(retryTimer);
      const delay = Math.min(RETRY_MAX_MS, 1_000 * 2 ** refusals) * (0.5 + Math.random() / 2);
      refusals += 1;
      retryTimer = setTimeout(() => socket.connect(), delay);
    };
    const refresh = (key: string) =>
      mutate(key, store.fetcher(key), { revalidate: false, populateCache: true, rollbackOnError: true, throwOnError: false });

    const onConnect = () => {
      refusals = 0;
      store.noteContact();
      setConnected(true);
      setOfflineSince(null);
      const keys = keysRef.current;
      socket.timeout(WATCH_ACK_TIMEOUT_MS).emit('watch-panels', keys, (error: Error | null) => {
        if (!socket.connected) return;
        setWatching(!error);
        for (const key of keys) void refresh(key);
      });
    };
    const markOffline = () => {
      setConnected(false);
      setWatching(false);
      setOfflineSince((since) => since ?? new Date());
    };
    const onDisconnect = (reason: Socket.DisconnectReason) => {
      markOffline();
      // The server closed this socket on purpose: socket.io leaves it closed. A revoked display is told first.
      if (reason === 'io server disconnect') retryLater();
    };
    const onConnectError = (error: Error & { data?: { code?: string } }) => {
      markOffline();
      // No retry can fix a display's invalid token; a public wall has none of its own to fix, so it just retries.
      if (error.data?.code === 'invalid-token' && paired) {
        handlersRef.current.onRevoked();
        return;
      }
      if (!socket.active) retryLater();
    };
    const onPanelData = ({ key, data }: PanelDataMessage) => {
      if (!keysRef.current.includes(key)) return;
      store.confirm(key);
      store.noteContact();
      void mutate(key, data, { revalidate: false });
    };
    const onHello = ({ build }: { build: string }) => handlersRef.current.onHello(build);
    const onConfig = (config: DisplayConfig) => handlersRef.current.onConfig(config);
    const onAlerts = (alerts: AlertDto[]) => handlersRef.current.onAlerts(Array.isArray(alerts) ? alerts : []);
    const onCommand = (command: DisplayCommand) => handlersRef.current.onCommand(command);
    const onRevoked = () => {
      if (paired) handlersRef.current.onRevoked();
    };

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('panel-data', onPanelData);
    socket.on('hello', onHello);
    socket.on('display-config', onConfig);
    socket.on('alerts', onAlerts);
    socket.on('display-command', onCommand);
    socket.on('display-revoked', onRevoked);
    return () => {
      clearTimeout(retryTimer);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.off('panel-data', onPanelData);
      socket.off('hello', onHello);
      socket.off('display-config', onConfig);
      socket.off('alerts', onAlerts);
      socket.off('display-command', onCommand);
      socket.off('display-revoked', onRevoked);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [paired, mutate, store]);

  // A new configuration can show other panels: watch exactly those from now on.
  const keyList = keys.join('\n');
  useEffect(() => {
    keysRef.current = keyList ? keyList.split('\n') : [];
    const socket = socketRef.current;
    if (socket?.connected) socket.emit('watch-panels', keysRef.current, () => undefined);
  }, [keyList]);

  return { socket: socketRef, connected, watching, offlineSince };
}
