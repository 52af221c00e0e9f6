'use client';

import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { useSWRConfig } from 'swr';
import type { ClientToServerEvents, PanelDataMessage, ServerToClientEvents } from '@/lib/realtime/events';

/**
 * Keeps the display's panels live: joins their rooms, writes pushed data straight into SWR's cache, and on every
 * (re)connect revalidates them all, since pushes are hints and any missed while away must not matter.
 * Returns when the connection was lost, or null while connected.
 */
export function useDisplaySocket(keys: string[]): Date | null {
  const { mutate } = useSWRConfig();
  const [offlineSince, setOfflineSince] = useState<Date | null>(null);
  const keyList = keys.join('\n');

  useEffect(() => {
    const watched = keyList ? keyList.split('\n') : [];
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 30_000,
    });
    const onConnect = () => {
      setOfflineSince(null);
      socket.emit('watch-panels', watched, () => undefined);
      for (const key of watched) void mutate(key);
    };
    const onDisconnect = () => setOfflineSince((since) => since ?? new Date());
    const onPanelData = ({ key, data }: PanelDataMessage) => {
      void mutate(key, data, { revalidate: false });
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onDisconnect);
    socket.on('panel-data', onPanelData);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onDisconnect);
      socket.off('panel-data', onPanelData);
      socket.disconnect();
    };
  }, [keyList, mutate]);

  return offlineSince;
}
