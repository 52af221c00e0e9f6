// Client-safe and pure: the ROAM board's ordering, ages, capping and labels.
import { todayIn } from '../../time/calendar';
import type { RiskImpact, RoamGroup, RoamState } from './types';

/** Most severe first: the order the board lists risks in. */
export const IMPACTS: readonly RiskImpact[] = ['critical', 'high', 'medium', 'low'];

/** The 2x2 board, read left to right, top to bottom: R, O, A, M. */
export const ROAM_QUADRANTS = ['resolved', 'owned', 'accepted', 'mitigated'] as const satisfies readonly RoamState[];

/** The console's order: what still needs the RTE first, what is closed last. */
export const ROAM_WORK_ORDER: readonly RoamState[] = ['unroamed', 'owned', 'mitigated', 'accepted', 'resolved'];

/** Word and icon of each impact: never colour alone. */
export const IMPACT_LABEL: Record<RiskImpact, { word: string; icon: string }> = {
  critical: { word: 'Critical', icon: '▲▲' },
  high: { word: 'High', icon: '▲' },
  medium: { word: 'Medium', icon: '◆' },
  low: { word: 'Low', icon: '▼' },
};

/** Word, one-letter short form and icon of each ROAM state. */
export const ROAM_LABEL: Record<RoamState, { word: string; letter: string; icon: string }> = {
  unroamed: { word: 'Not yet ROAMed', letter: '?', icon: '⚠' },
  resolved: { word: 'Resolved', letter: 'R', icon: '✓' },
  owned: { word: 'Owned', letter: 'O', icon: '⚑' },
  accepted: { word: 'Accepted', letter: 'A', icon: '○' },
  mitigated: { word: 'Mitigated', letter: 'M', icon: '↓' },
};

/** The board's order: higher impact first, then the oldest (raised earliest), then by key so that ties are stable. */
export function compareRisks(
  a: { impact: RiskImpact; raisedAt: string; key: string },
  b: { impact: RiskImpact; raisedAt: string; key: string },
): number {
  return (
    IMPACTS.indexOf(a.impact) - IMPACTS.indexOf(b.impact) ||
    Date.parse(a.raisedAt) - Date.parse(b.raisedAt) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

const DAY_MS = 86_400_000;

/**
 * Calendar days from the day it was raised to today, both in the train's zone: raised yesterday evening is
 * 1 day old this morning. Never negative (a clock a little ahead of the server's).
 */
export function ageInDays(raisedAt: string, now: Date, timeZone: string): number {
  const raised = todayIn(timeZone, new Date(raisedAt));
  const today = todayIn(timeZone, now);
  return Math.max(0, Math.round((Date.parse(today) - Date.parse(raised)) / DAY_MS));
}

/** "new today", "1 day", "12 days". */
export function ageLabel(days: number): string {
  if (days === 0) return 'new today';
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * A group with at most `slots` lines: all items when they fit, else `slots - 1` items and a "+N more" line in
 * the last slot, so that the list never grows past the space the panel gives it. `items` come in board order.
 */
export function capGroup<T>(count: number, items: readonly T[], slots: number): { items: T[]; more: number } {
  const shown = count <= slots ? items.slice(0, slots) : items.slice(0, Math.max(0, slots - 1));
  return { items: shown, more: Math.max(0, count - shown.length) };
}

/** "+2 more". */
export function moreLabel(more: number): string {
  return `+${more} more`;
}

/** An empty group of the state: the board shows every state, risks or not. */
export function emptyGroup(state: RoamState): RoamGroup {
  return { state, count: 0, items: [], more: 0 };
}
