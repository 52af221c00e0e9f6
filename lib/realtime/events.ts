// Client-safe: the socket.io contract, typed on both ends. Event names are kebab-case.
import type { PanelDto } from '../panels/types';

export interface PanelDataMessage {
  key: string;
  data: PanelDto;
}

export interface ServerToClientEvents {
  /** A panel's new data after a write; the display puts it in its cache without refetching. */
  'panel-data': (message: PanelDataMessage) => void;
}

export interface ClientToServerEvents {
  /** Replaces the set of panels this display shows; the ack names the keys accepted. */
  'watch-panels': (keys: string[], ack: (accepted: string[]) => void) => void;
}

export const MAX_WATCHED_PANELS = 200;

export function panelRoom(key: string): string {
  return `panel:${key}`;
}
