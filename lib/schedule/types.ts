// Client-safe: schedule rules a display resolves by itself, so it keeps switching even while offline.

export type CadenceKind = 'pi_planning' | 'ip_iteration';

export interface ScheduleRule {
  id: number;
  /** null with screenOff. */
  playlistId: number | null;
  screenOff: boolean;
  /** Weekdays (0 = Sunday … 6) in the train's zone. */
  weekdays: number[];
  /** Minutes after local midnight; start > end spans midnight (22:00–06:00). */
  startMinute: number;
  endMinute: number;
  /** When set, the rule applies only on dates inside a window of this kind. */
  cadence: CadenceKind | null;
}

export interface CadenceWindow {
  kind: CadenceKind;
  /** Calendar dates in the train's zone, both included. */
  startDate: string;
  endDate: string;
}

export type ActiveProgram = { kind: 'playlist'; playlistId: number | null; ruleId: number | null } | { kind: 'screen-off'; ruleId: number };
