import { zonedTimeToUtc } from '../time/calendar';
import { DEFECT_TITLES, DEMO_FEATURES, RISK_TITLES, SPIKE_TITLES, type DemoFeature } from './backlog';
import { atWorkingDay, DAYS_PER_ITERATION, type DemoCalendar } from './calendar';
import { DEMO_TEAMS, SMALL_POINTS, STATUS, STORY_POINTS, type TeamPace } from './catalogue';
import { pick, seededRandom, shuffle } from './random';

/**
 * How far above the ideal line (share of the commitment) each pace keeps the current iteration's remaining work
 * at the end of a day, reached over the first three days. The wall compares with the ideal at the end of today,
 * so in the morning a team reads a tenth of the commitment worse: on track is a little ahead at night.
 */
const PACE_GAP: Record<TeamPace, number> = { ahead: -0.22, 'on-track': -0.05, behind: 0.22, 'scope-added': -0.05 };

/** Working days from starting an item to finishing it: a median of 4, so a flow time of about 4-6 calendar days. */
const FLOW_DAYS = [1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9] as const;

/** Stories added mid-iteration are small: what came up at a stand-up. */
const ADDED_POINTS = [2, 3, 3, 5] as const;

const DAY_START = 9 * 60;
const DAY_MINUTES = 8 * 60;

/** A moment on the PI's working clock: a working day (index in the PI) and the minute of that day. */
interface Moment {
  day: number;
  minute: number;
}

/** An item's state after a change; a change names only what it alters. */
export interface ItemState {
  team: string;
  iteration: string | null;
  status: string;
  hours: number;
}

export interface ItemChange extends Partial<ItemState> {
  at: Date;
}

/** A work item with its whole planned life in the PI; the seed sends the changes that have happened by `now`. */
export interface DemoWorkItem {
  key: string;
  title: string;
  kind: string;
  points: number | null;
  feature: string | null;
  /** The first change (its creation) sets every field. */
  changes: ItemChange[];
  /** When it leaves "To Do" and when it is finally done, as planned: either may lie after `now`. */
  startedAt?: Date;
  doneAt?: Date;
}

interface Planned extends DemoWorkItem {
  team: string;
  hours: number;
  iteration: number | null;
  /** First working day of the iteration it was planned into (or the day it was raised). */
  origin: number;
  /** Raised mid-iteration: it cannot start before this. */
  notBefore?: Moment;
  start?: Moment;
  done?: Moment;
}

/**
 * Every demo team's work for the PI: planned at PI planning into iterations 1-4, burnt down in iterations 1 and 2
 * (a few items carried over into the next iteration, one reopened, one moved to another team), and in the current
 * iteration at each team's pace, with scope added mid-iteration for the scope-added team. Iteration 4 is played
 * out as well, so that work under way now has a start and an end; the seed sends only what happened by `now`.
 * Items pass through active and waiting spells ("Ready for UAT", "Blocked") so flow time and efficiency read true.
 */
export function demoWorkItems(calendar: DemoCalendar, timeZone: string): DemoWorkItem[] {
  const random = seededRandom(Number(calendar.startDate.replaceAll('-', '')));
  const titles = titleSource();
  const at = (m: Moment) => atWorkingDay(calendar, timeZone, m.day, m.minute);
  const items = DEMO_TEAMS.flatMap((team) => teamWork(team, { calendar, timeZone, random, titles, at }));
  reopenOne(items.filter((i) => i.team === 'dynamo' && i.iteration === 2), at);
  moveOne(items.filter((i) => i.team === 'fjord' && i.iteration === 2), 'ember', at);
  return items;
}

interface Context {
  calendar: DemoCalendar;
  timeZone: string;
  random: () => number;
  titles: ReturnType<typeof titleSource>;
  at: (m: Moment) => Date;
}

function teamWork(team: (typeof DEMO_TEAMS)[number], ctx: Context): Planned[] {
  const { calendar, timeZone, random, at } = ctx;
  const items: Planned[] = [];
  const code = (iteration: number | null) => (iteration === null ? null : calendar.iterations[iteration - 1]!.code);
  const create = (iteration: number | null, createdAt: Date, link: DemoFeature | null, kind: string, sizes?: readonly number[]): Planned => {
    const points = kind === 'risk' ? null : pick(random, sizes ?? (kind === 'story' || kind === 'enabler' ? STORY_POINTS : SMALL_POINTS));
    const hours = (points ?? 1) * 3 + Math.floor(random() * 5);
    const item: Planned = {
      key: `${team.prefix}-${101 + items.length}`,
      title: ctx.titles.next(kind, link),
      kind,
      points,
      feature: link?.key ?? null,
      team: team.slug,
      hours,
      iteration,
      origin: iteration === null ? 0 : (iteration - 1) * DAYS_PER_ITERATION,
      changes: [{ at: createdAt, team: team.slug, iteration: code(iteration), status: STATUS.todo, hours }],
    };
    items.push(item);
    return item;
  };

  // PI planning: the team fills all four regular iterations to its capacity and keeps a little backlog.
  let minute = 15 * 60;
  const planningAt = () => zonedTimeToUtc(calendar.planningDate, minute++, timeZone);
  const capacity = 34 + Math.floor(random() * 10);
  const plan = [1, 2, 3, 4].map((iteration) => {
    const load = iteration === 4 ? capacity - 4 : capacity;
    const planned: Planned[] = [];
    for (const { link, kind, required } of iterationLinks(team.slug, iteration, random)) {
      if (required || planned.reduce((sum, i) => sum + (i.points ?? 0), 0) < load) planned.push(create(iteration, planningAt(), link, kind));
    }
    return shuffle(random, planned);
  });
  create(null, planningAt(), null, 'defect');
  create(null, planningAt(), null, 'spike');

  // Iteration 4 is played out too, though it lies ahead: what is under way now must finish some time.
  let carried: Planned[] = [];
  for (const iteration of [1, 2, 3, 4]) {
    const first = (iteration - 1) * DAYS_PER_ITERATION;
    const current = calendar.iterations[iteration - 1] === calendar.current;
    const queue = [...carried, ...plan[iteration - 1]!];
    // A finished iteration leaves one or two items unfinished, started late and carried into the next one.
    const carryCount = current || iteration === 4 ? 0 : team.pace === 'ahead' ? 1 : 1 + Math.floor(random() * 2);
    const keep = carryOver(queue.filter((i) => !carried.includes(i)), iteration, carryCount);
    for (const item of keep) item.start = { day: first + 6 + Math.floor(random() * 3), minute: DAY_START + 30 + Math.floor(random() * 180) };
    const burning = queue.filter((i) => !keep.includes(i));
    // The current iteration ends on its smallest item, so that a team ahead still has a little left to do.
    const last = current ? smallest(burning) : undefined;
    const amount = (list: Planned[]) => list.reduce((sum, i) => sum + (i.points ?? 0), 0);
    // Read before anything is added: the commitment at the iteration's start.
    const committed = amount(queue);
    const base = amount(burning);
    let remaining = base;
    let added = 0;
    for (let day = 1; day <= DAYS_PER_ITERATION; day++) {
      if (current && team.pace === 'scope-added' && day === 3) {
        for (const n of [0, 1, 2]) {
          const link = pick(random, DEMO_FEATURES.filter((f) => f.teams.includes(team.slug) && f.finishes >= iteration && f.kind === 'feature'));
          // Raised at the morning stand-up, before the day's first item is done.
          const raised = { day: first + 2, minute: 9 * 60 + 15 + n };
          const item = create(iteration, at(raised), link, 'story', ADDED_POINTS);
          item.origin = raised.day;
          item.notBefore = { day: raised.day, minute: raised.minute + 10 };
          queue.push(item);
          burning.push(item);
          remaining += item.points ?? 0;
          added += item.points ?? 0;
        }
      }
      const target = current
        ? Math.max(0, committed * (1 - day / DAYS_PER_ITERATION + PACE_GAP[team.pace] * Math.min(1, day / 3)) + added)
        : day === DAYS_PER_ITERATION
          ? 0
          : Math.max(0, base * (1 - day / DAYS_PER_ITERATION + 0.12 * random() - 0.04));
      // Even a team ahead keeps its last item for the last day.
      const floor = last && day < DAYS_PER_ITERATION ? (last.points ?? 0) : 0;
      let doneMinute = 10 * 60 + Math.floor(random() * 60);
      const choices = () => (burning.length > 1 ? burning.filter((i) => i !== last) : burning);
      for (let item = nextToFinish(choices(), remaining, target, floor); item; item = nextToFinish(choices(), remaining, target, floor)) {
        burning.splice(burning.indexOf(item), 1);
        item.done = { day: first + day - 1, minute: doneMinute };
        remaining -= item.points ?? 0;
        doneMinute = Math.min(doneMinute + 35 + Math.floor(random() * 40), 16 * 60 + 50);
      }
    }
    // The current iteration carries over whatever its pace leaves undone.
    if (current) keep.push(...burning);
    for (const item of queue) {
      // Work flows across iteration boundaries: it can be pulled in during the previous iteration's last days, and
      // carried-over work began in its own iteration.
      if (item.done && !item.start) item.start = startFor(item.done, Math.max(0, Math.min(item.origin, first - 4)), random);
      if (item.start && item.notBefore && position(item.start) < position(item.notBefore)) item.start = item.notBefore;
    }
    for (const item of keep) {
      item.changes.push({ at: zonedTimeToUtc(calendar.iterations[iteration - 1]!.endDate, 16 * 60 + 30, timeZone), iteration: code(iteration + 1) });
      item.iteration = iteration + 1;
    }
    carried = keep;
  }
  for (const item of items) flow(item, random, at);
  return items;
}

/** What a team may plan into an iteration, in order: two stories for each feature due to finish in it, then a mix of its other work. */
function iterationLinks(team: string, iteration: number, random: () => number): { link: DemoFeature | null; kind: string; required: boolean }[] {
  const candidates = DEMO_FEATURES.filter((f) => f.teams.includes(team) && f.finishes >= iteration);
  const due = candidates.filter((f) => f.finishes === iteration);
  const weighted = [...due, ...due, ...candidates];
  const required = due.flatMap((f) => [f, f]).map((link) => ({ link, kind: kindFor(link, random), required: true }));
  const optional = Array.from({ length: 16 }, () => pick(random, weighted)).map((link) => ({ link: link as DemoFeature | null, kind: kindFor(link, random), required: false }));
  if (random() < 0.4) optional.splice(2, 0, { link: null, kind: 'risk', required: false });
  if (random() < 0.5) optional.splice(3, 0, { link: null, kind: 'defect', required: false });
  return [...required, ...optional];
}

/**
 * Of the next few items in the queue, the one whose finishing brings the remaining work closest to the day's
 * target; none once finishing any would move it further away or below the floor (an item without points goes
 * when it is first).
 */
function nextToFinish(queue: Planned[], remaining: number, target: number, floor: number): Planned | undefined {
  if (queue[0] && queue[0].points === null) return queue[0];
  if (remaining <= target) return undefined;
  const distance = (item: Planned) => Math.abs(remaining - (item.points ?? 0) - target);
  const best = queue
    .slice(0, 4)
    .filter((item) => remaining - (item.points ?? 0) >= floor)
    .reduce<Planned | undefined>((a, b) => (!a || distance(b) < distance(a) ? b : a), undefined);
  return best && distance(best) < remaining - target ? best : undefined;
}

function smallest(items: Planned[]): Planned {
  return items.reduce((a, b) => ((b.points ?? Infinity) < (a.points ?? Infinity) ? b : a));
}

/** The last items of the queue, preferring those whose feature is not due this iteration (so due features finish). */
function carryOver(queue: Planned[], iteration: number, count: number): Planned[] {
  const notDue = (i: Planned) => DEMO_FEATURES.find((f) => f.key === i.feature)?.finishes !== iteration;
  const eligible = queue.filter((i) => i.kind !== 'risk');
  const preferred = eligible.filter(notDue);
  return count === 0 ? [] : (preferred.length >= count ? preferred : eligible).slice(-count);
}

function kindFor(feature: DemoFeature, random: () => number): string {
  const roll = random();
  if (feature.kind === 'enabler') return roll < 0.8 ? 'enabler' : 'spike';
  return roll < 0.78 ? 'story' : roll < 0.9 ? 'defect' : 'spike';
}

/** Started a few working days before it was done, never before `firstDay` (anywhere after it, if that is closer). */
function startFor(done: Moment, firstDay: number, random: () => number): Moment {
  const back = pick(random, FLOW_DAYS);
  const day = done.day - back >= firstDay ? done.day - back : firstDay + Math.floor(random() * (done.day - firstDay + 1));
  let minute = DAY_START + 30 + Math.floor(random() * 150);
  if (day === done.day) minute = Math.max(DAY_START, Math.min(minute, done.minute - 45));
  return { day, minute };
}

const position = (m: Moment) => m.day * DAY_MINUTES + (m.minute - DAY_START);
const moment = (p: number): Moment => ({ day: Math.floor(p / DAY_MINUTES), minute: DAY_START + (p % DAY_MINUTES) });

/**
 * The item's changes from start to done: active for the first 25-65 % of the time, then waiting (a story on
 * "Ready for UAT", a defect "Blocked" before a last bit of work); spikes and risks stay active until done.
 */
function flow(item: Planned, random: () => number, at: (m: Moment) => Date): void {
  if (!item.start) return;
  item.startedAt = at(item.start);
  item.changes.push({ at: item.startedAt, status: STATUS.active, hours: item.hours });
  if (!item.done) return;
  const start = position(item.start);
  const end = position(item.done);
  item.doneAt = at(item.done);
  if (end - start >= DAY_MINUTES) {
    const waitFrom = start + Math.round((end - start) * (0.25 + random() * 0.4));
    if (waitFrom - start >= DAY_MINUTES) {
      item.changes.push({ at: at(moment(Math.round((start + waitFrom) / 2))), status: STATUS.active, hours: Math.ceil(item.hours * 0.5) });
    }
    if (item.kind === 'story' || item.kind === 'enabler') {
      item.changes.push({ at: at(moment(waitFrom)), status: STATUS.uat, hours: 1 });
    } else if (item.kind === 'defect') {
      item.changes.push({ at: at(moment(waitFrom)), status: STATUS.blocked, hours: Math.ceil(item.hours * 0.3) });
      item.changes.push({ at: at(moment(Math.round(waitFrom + (end - waitFrom) * 0.8))), status: STATUS.active, hours: 1 });
    } else {
      item.changes.push({ at: at(moment(waitFrom)), status: STATUS.review, hours: 1 });
    }
  }
  item.changes.push({ at: item.doneAt, status: STATUS.done, hours: 0 });
}

/** A story done early in iteration 2 fails acceptance the next day and is done again a day later. */
function reopenOne(candidates: Planned[], at: (m: Moment) => Date): void {
  const item = candidates.find((i) => i.kind === 'story' && i.done && i.done.day % DAYS_PER_ITERATION <= 5);
  if (!item?.done) return;
  item.changes.push({ at: at({ day: item.done.day + 1, minute: 10 * 60 + 30 }), status: STATUS.active, hours: 3 });
  item.doneAt = at({ day: item.done.day + 2, minute: 15 * 60 });
  item.changes.push({ at: item.doneAt, status: STATUS.done, hours: 0 });
}

/** An item not yet started moves to another team on the second day of iteration 2. */
function moveOne(candidates: Planned[], team: string, at: (m: Moment) => Date): void {
  const moveDay = DAYS_PER_ITERATION + 1;
  const item = candidates.find((i) => i.kind === 'story' && i.start && i.start.day > moveDay + 1);
  if (!item) return;
  item.changes.push({ at: at({ day: moveDay, minute: 11 * 60 + 15 }), team });
  item.team = team;
}

/** Titles by kind: a feature's story titles in turn ("(part 2)" once used up), and lists for defects, spikes and risks. */
function titleSource() {
  const used = new Map<string, number>();
  const take = (name: string, list: readonly string[]) => {
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    const round = Math.floor(n / list.length);
    const title = list[n % list.length]!;
    return round === 0 ? title : `${title} (part ${round + 1})`;
  };
  return {
    next(kind: string, link: DemoFeature | null): string {
      if (kind === 'risk') return take('risk', RISK_TITLES);
      if (kind === 'spike') return take('spike', SPIKE_TITLES);
      if (kind === 'defect') return take('defect', DEFECT_TITLES);
      const feature = link ?? DEMO_FEATURES[0]!;
      return take(feature.key, feature.stories);
    },
  };
}
