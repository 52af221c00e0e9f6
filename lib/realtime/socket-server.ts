import type { Socket } from 'socket.io';
import { activeAlertsForDisplay } from '../alerts/service';
import { principalTokens, resolvePrincipal, type Principal } from '../auth/principal';
import { canWatchPanels } from '../auth/panel-access';
import { loadDisplayConfig } from '../displays/config';
import { verifyPairingWatch } from '../displays/pairing';
import { fleetSnapshot, recordHeartbeat } from '../fleet/registry';
import type { Runtime } from '../runtime';
import { ALL_DISPLAYS_ROOM, FLEET_ROOM, MAX_WATCHED_PANELS, displayRoom, pairingRoom, panelRoom, trainRoom } from './events';
import type { ClientToServerEvents, ServerToClientEvents } from './events';
import type { SignalboxServer } from './publisher';

export interface SocketData {
  principal: Principal;
}

type DisplaySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** An error a client can tell apart: an invalid token sends a TV back to pairing; anything else retries. */
function refusal(message: string, code: 'invalid-token' | 'unavailable') {
  return Object.assign(new Error(message), { data: { code } });
}

/**
 * Every socket says who it is with the same cookies as HTTP. Displays join their own rooms at once; panel rooms
 * only for panels they may read; consoles join the fleet room on request.
 */
export function handleSockets(io: SignalboxServer, runtime: Runtime, build: string): void {
  io.use((socket, next) => {
    // A paired wall speaks for its display only, even in a browser also signed in to the console.
    const asDisplay = (socket.handshake.auth as { as?: unknown } | undefined)?.as === 'display';
    const tokens = principalTokens(socket.handshake.headers.cookie);
    resolvePrincipal(runtime.db, asDisplay ? { display: tokens.display } : tokens)
      .then((principal) => {
        // A paired wall whose token no longer opens anything was revoked: say so, and it goes back to pairing.
        // Anyone else with a dead cookie (the pairing screen, a public wall) simply connects as anonymous.
        if (asDisplay && principal.kind !== 'display') return next(refusal('invalid display token', 'invalid-token'));
        (socket.data as SocketData).principal = principal;
        next();
      })
      .catch((error: unknown) => {
        runtime.log.warn({ err: error }, 'socket authentication failed');
        next(refusal('server unavailable', 'unavailable'));
      });
  });

  io.on('connection', (raw) => {
    const socket = raw as unknown as DisplaySocket;
    const principal = socket.data.principal;
    socket.emit('hello', { build });
    if (principal.kind === 'display') void onDisplayConnected(socket, runtime, principal.displayId, principal.trainId);

    const watching = new Set<string>();
    socket.on('watch-panels', (keys, ack) => {
      const wanted = Array.isArray(keys) ? [...new Set(keys.filter((k): k is string => typeof k === 'string'))].slice(0, MAX_WATCHED_PANELS) : [];
      canWatchPanels(runtime, principal, wanted)
        .then((accepted) => {
          for (const key of watching) if (!accepted.includes(key)) void socket.leave(panelRoom(key));
          for (const key of accepted) void socket.join(panelRoom(key));
          watching.clear();
          accepted.forEach((key) => watching.add(key));
          if (typeof ack === 'function') ack(accepted);
        })
        .catch((error: unknown) => runtime.log.warn({ err: error }, 'watch-panels failed'));
    });

    socket.on('heartbeat', (beat) => {
      if (principal.kind === 'display') recordHeartbeat(runtime, principal.displayId, beat);
    });

    socket.on('watch-pairing', (pairing, ack) => {
      verifyPairingWatch(runtime.db, pairing)
        .then((state) => {
          if (state) void socket.join(pairingRoom(pairing.id));
          if (typeof ack === 'function') ack(state !== false);
          // Claimed while this TV was away: the event it missed, now.
          if (state === 'claimed') socket.emit('pairing-claimed');
        })
        .catch((error: unknown) => runtime.log.warn({ err: error }, 'watch-pairing failed'));
    });

    socket.on('watch-fleet', (ack) => {
      if (principal.kind !== 'user') return;
      void socket.join(FLEET_ROOM);
      fleetSnapshot(runtime)
        .then((entries) => typeof ack === 'function' && ack(entries))
        .catch((error: unknown) => runtime.log.warn({ err: error }, 'fleet snapshot failed'));
    });

    socket.on('error', (error) => runtime.log.warn({ err: error, socket: socket.id }, 'socket error'));
  });
}

async function onDisplayConnected(socket: DisplaySocket, runtime: Runtime, displayId: number, trainId: number) {
  await Promise.all([socket.join(displayRoom(displayId)), socket.join(trainRoom(trainId)), socket.join(ALL_DISPLAYS_ROOM)]);
  try {
    const [config, alerts] = await Promise.all([loadDisplayConfig(runtime, displayId), activeAlertsForDisplay(runtime.db, displayId)]);
    if (config) socket.emit('display-config', config);
    socket.emit('alerts', alerts);
  } catch (error) {
    runtime.log.error({ err: error, displayId }, 'could not send a display its configuration');
  }
}
