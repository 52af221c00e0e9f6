// Client-safe and pure: the header strip's date maths, from the wall's own clock in the train's zone, so the strip is
// right after midnight without a refetch. Tested in test/unit/cadence-math.test.ts.
import type { CalendarDate } from '../../time/calendar';
import type { CadenceDto, CadenceEntry, CadenceEntryKind, CadenceIteration } from './types';

const DAY_MS = 86_400_000;

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export type IterationProgress =
  | { state: 'upcoming'; startsInDays: number }
  | { state: 'running'; day: number; of: number }
  | { state: 'ended' };

/**
 * Where today is in the iteration, in working days: day 1 is its first working day; a weekend inside the iteration
 * still shows the last working day reached (Saturday after the first week is day 5).
 */
export function iterationProgress(iteration: Pick<CadenceIteration, 'startDate' | 'endDate' | 'workingDays'>, today: CalendarDate): IterationProgress {
  if (today < iteration.startDate) return { state: 'upcoming', startsInDays: daysBetween(today, iteration.startDate) };
  if (today > iteration.endDate) return { state: 'ended' };
  const of = Math.max(1, iteration.workingDays.length);
  const reached = iteration.workingDays.filter((day) => day <= today).length;
  return { state: 'running', day: Math.min(of, Math.max(1, reached)), of };
}

export function progressText(progress: IterationProgress): string {
  switch (progress.state) {
    case 'running':
      return `Day ${progress.day} of ${progress.of}`;
    case 'upcoming':
      return progress.startsInDays === 1 ? 'Starts tomorrow' : `Starts in ${progress.startsInDays} days`;
    case 'ended':
      return 'Ended';
  }
}

/** An IP iteration reads as such whatever the tracker calls it. */
export function iterationLabel(iteration: Pick<CadenceIteration, 'name' | 'kind'>): string {
  return iteration.kind === 'ip' ? 'IP Iteration' : iteration.name;
}

/** "PI 26.4" whether the tracker names the PI "26.4" or "PI 26.4". */
export function piLabel(name: string): string {
  return /^pi\b/i.test(name) ? name : `PI ${name}`;
}

export interface Countdown {
  kind: CadenceEntryKind;
  title: string;
  inDays: number;
  text: string;
}

const ENTRY_NAME: Record<CadenceEntryKind, string> = { pi_planning: 'PI planning', system_demo: 'System demo' };

/**
 * The nearest PI planning or system demo not yet over, as "System demo in 3 days"; one under way (the second day of
 * PI planning) is "today". Undefined if none.
 */
export function nextCountdown(upcoming: CadenceEntry[], today: CalendarDate): Countdown | undefined {
  const next = upcoming.filter((e) => e.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  if (!next) return undefined;
  const inDays = Math.max(0, daysBetween(today, next.startDate));
  const name = ENTRY_NAME[next.kind];
  const when = inDays === 0 ? 'today' : inDays === 1 ? 'tomorrow' : `in ${inDays} days`;
  return { kind: next.kind, title: next.title, inDays, text: `${name} ${when}` };
}

/** True once the wall's today has reached the date the data said it goes out of date. */
export function cadenceOutOfDate(dto: Pick<CadenceDto, 'changesOn'>, today: CalendarDate): boolean {
  return dto.changesOn !== null && today >= dto.changesOn;
}

export interface CadenceStrip {
  pi: string | null;
  iteration: string | null;
  progress: string | null;
  countdown: Countdown | undefined;
}

/** Everything the strip writes, for today. */
export function cadenceStrip(dto: CadenceDto, today: CalendarDate): CadenceStrip {
  const iteration = dto.iteration;
  return {
    pi: dto.pi ? piLabel(dto.pi.name) : null,
    iteration: iteration ? iterationLabel(iteration) : null,
    progress: iteration ? progressText(iterationProgress(iteration, today)) : null,
    countdown: nextCountdown(dto.upcoming, today),
  };
}
