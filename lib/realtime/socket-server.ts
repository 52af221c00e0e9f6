import type { Logger } from 'pino';
import { parsePanelKey } from '../panels/keys';
import { MAX_WATCHED_PANELS, panelRoom } from './events';
import type { SignalboxServer } from './publisher';

/** Displays tell which panels they show; they join those panels' rooms and nothing else. */
export function handleDisplaySockets(io: SignalboxServer, log: Logger): void {
  io.on('connection', (socket) => {
    const watching = new Set<string>();
    socket.on('watch-panels', (keys, ack) => {
      const wanted = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string' && !!parsePanelKey(k)) : [];
      const accepted = [...new Set(wanted)].slice(0, MAX_WATCHED_PANELS);
      for (const key of watching) if (!accepted.includes(key)) void socket.leave(panelRoom(key));
      for (const key of accepted) void socket.join(panelRoom(key));
      watching.clear();
      accepted.forEach((key) => watching.add(key));
      if (typeof ack === 'function') ack(accepted);
    });
    socket.on('error', (error) => log.warn({ err: error, socket: socket.id }, 'display socket error'));
  });
}
