// Client-safe: the socket.io contract, typed on both ends. Event names are kebab-case.
import type { AlertDto } from '../alerts/types';
import type { DisplayConfig } from '../displays/types';
import type { DisplayCommand, FleetEntry, Heartbeat } from '../fleet/types';
import type { PanelDto } from '../panels/types';

export interface PanelDataMessage {
  key: string;
  data: PanelDto;
}

export interface ServerToClientEvents {
  /** On connect: the server's build, so a display on an older build reloads at a rotation boundary, once. */
  hello: (message: { build: string }) => void;
  /** A panel's new data after a write; the display puts it in its cache without refetching. */
  'panel-data': (message: PanelDataMessage) => void;
  /** A paired display's configuration: on connect and after every change that affects it. */
  'display-config': (config: DisplayConfig) => void;
  /** Every active alert for this display, newest first; an empty list ends any takeover. */
  alerts: (alerts: AlertDto[]) => void;
  'display-command': (command: DisplayCommand) => void;
  /** The display's token was revoked: back to the pairing screen. */
  'display-revoked': () => void;
  /** To a TV waiting on the pairing screen: its code was claimed, its secret is now its device token. */
  'pairing-claimed': () => void;
  /** To console sockets: the fleet's state changed. */
  'fleet-update': (entries: FleetEntry[]) => void;
}

export interface ClientToServerEvents {
  /** Replaces the set of panels this display shows; the ack names the keys accepted. */
  'watch-panels': (keys: string[], ack: (accepted: string[]) => void) => void;
  heartbeat: (beat: Heartbeat) => void;
  /** A TV on the pairing screen waits for its code to be claimed. */
  'watch-pairing': (pairing: { id: number; secret: string }, ack: (ok: boolean) => void) => void;
  /** Console sockets (signed-in users) ask for live fleet updates. */
  'watch-fleet': (ack: (entries: FleetEntry[]) => void) => void;
}

export const MAX_WATCHED_PANELS = 200;

export function panelRoom(key: string): string {
  return `panel:${key}`;
}

export const displayRoom = (displayId: number) => `display:${displayId}`;
export const trainRoom = (trainId: number) => `train:${trainId}`;
export const pairingRoom = (pairingId: number) => `pairing:${pairingId}`;
export const ALL_DISPLAYS_ROOM = 'displays';
export const FLEET_ROOM = 'fleet';
