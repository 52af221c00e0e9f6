import type { StatusCategory } from '../../db/schema';

// Common status names of Jira, Azure DevOps, GitHub and GitLab boards. Anything unknown has not started.
const DONE = ['done', 'closed', 'resolved', 'complete', 'completed', 'accepted', 'released', 'shipped', 'merged'];
const WAITING = ['blocked', 'waiting', 'on hold', 'impeded', 'waiting for customer', 'waiting for review', 'parked'];
const ACTIVE = [
  'in progress', 'active', 'doing', 'in review', 'review', 'code review', 'in development', 'development',
  'testing', 'in test', 'qa', 'in qa', 'ready for test', 'ready for review', 'committed', 'implementing',
];

export function statusCategoryOf(status: string): StatusCategory {
  const name = status.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (DONE.includes(name)) return 'done';
  if (WAITING.includes(name)) return 'waiting';
  if (ACTIVE.includes(name)) return 'active';
  return 'not_started';
}
