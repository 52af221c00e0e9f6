// Client-safe: what a display page needs to run its rotation.
import type { PanelKind } from '../panels/keys';
import type { PanelDto } from '../panels/types';

export interface DisplayItem {
  key: string;
  kind: PanelKind;
  seconds: number;
}

export interface DisplayModel {
  train: { slug: string; name: string; timeZone: string };
  items: DisplayItem[];
  /** Each item's data as the server rendered it: SWR's fallback, so the first paint has data. */
  fallback: Record<string, PanelDto>;
}
