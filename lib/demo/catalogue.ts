/** The demo train: names that read like a real release train's board. */
export const DEMO_TRAIN = { slug: 'demo', name: 'Northstar Release Train', timeZone: 'Europe/Amsterdam' } as const;

/** How each team's current iteration goes: the gap to the ideal line at the end of each day, as a share of the commitment. */
export type TeamPace = 'ahead' | 'on-track' | 'behind' | 'scope-added';

export const DEMO_TEAMS: readonly { slug: string; name: string; prefix: string; pace: TeamPace }[] = [
  { slug: 'atlas', name: 'Atlas', prefix: 'ATL', pace: 'behind' },
  { slug: 'borealis', name: 'Borealis', prefix: 'BOR', pace: 'ahead' },
  { slug: 'comet', name: 'Comet', prefix: 'COM', pace: 'scope-added' },
  { slug: 'dynamo', name: 'Dynamo', prefix: 'DYN', pace: 'on-track' },
  { slug: 'ember', name: 'Ember', prefix: 'EMB', pace: 'on-track' },
  { slug: 'fjord', name: 'Fjord', prefix: 'FJO', pace: 'behind' },
];

/** Story sizes as teams split them for a two-week iteration: nothing above 8. */
export const STORY_POINTS = [1, 2, 2, 3, 3, 5, 5, 5, 8, 8] as const;
export const SMALL_POINTS = [1, 1, 2, 2, 3] as const;

/**
 * Status names as the demo's tracker calls them. "Ready for UAT" is the train's own name for waiting on the
 * business to accept (set by a status mapping); the rest are names every tracker knows.
 */
export const STATUS = {
  todo: 'To Do',
  active: 'In Progress',
  review: 'In Review',
  uat: 'Ready for UAT',
  blocked: 'Blocked',
  done: 'Done',
} as const;

/** Feature states of the train's portfolio-style Kanban. */
export const FEATURE_STATUS = { backlog: 'Backlog', implementing: 'Implementing', done: 'Done' } as const;
