import type { StatusCategory } from '../../db/schema';

// Common status names of Jira, Azure DevOps, GitHub and GitLab boards. Anything unknown has not started.
const DONE = ['done', 'closed', 'resolved', 'complete', 'completed', 'accepted', 'released', 'shipped', 'merged'];
const WAITING = ['blocked', 'waiting', 'on hold', 'impeded', 'waiting for customer', 'waiting for review', 'parked'];
const ACTIVE = [
  'in progress', 'active', 'doing', 'in review', 'review', 'code review', 'in development', 'development',
  'testing', 'in test', 'qa', 'in qa', 'ready for test', 'ready for review', 'committed', 'implementing',
];

/** The form status names are compared in: lowercase, with runs of spaces, dashes and underscores as one space. */
export function normaliseStatus(status: string): string {
  return status.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** A status name's category: the train's own mapping first (keys normalised), then the common names. */
export function statusCategoryOf(status: string, trainMapping?: ReadonlyMap<string, StatusCategory>): StatusCategory {
  const name = normaliseStatus(status);
  const mapped = trainMapping?.get(name);
  if (mapped) return mapped;
  if (DONE.includes(name)) return 'done';
  if (WAITING.includes(name)) return 'waiting';
  if (ACTIVE.includes(name)) return 'active';
  return 'not_started';
}
