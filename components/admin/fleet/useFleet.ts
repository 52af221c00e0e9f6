'use client';

import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { FleetEntry } from '@/lib/fleet/types';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/realtime/events';

/** The fleet as the server last reported it, kept live over socket.io (the session cookie signs the socket in). */
export function useFleet(initial: FleetEntry[]): { entries: FleetEntry[]; live: boolean } {
  const [entries, setEntries] = useState(initial);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ reconnectionDelayMax: 30_000 });
    const onConnect = () => {
      setLive(true);
      socket.emit('watch-fleet', (fresh) => setEntries(fresh));
    };
    const onDisconnect = () => setLive(false);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('fleet-update', setEntries);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('fleet-update', setEntries);
      socket.disconnect();
    };
  }, []);
  return { entries, live };
}
