import { describe, expect, it } from 'vitest';
import { statusCategoryOf } from '../../lib/ingest/status';

describe('statusCategoryOf', () => {
  it.each([
    ['Done', 'done'],
    ['  CLOSED ', 'done'],
    ['Resolved', 'done'],
    ['merged', 'done'],
    ['In Progress', 'active'],
    ['in_progress', 'active'],
    ['IN-PROGRESS', 'active'],
    ['Code  Review', 'active'],
    ['Ready for test', 'active'],
    ['Blocked', 'waiting'],
    ['On Hold', 'waiting'],
    ['waiting_for_review', 'waiting'],
    ['To Do', 'not_started'],
    ['Backlog', 'not_started'],
    ['Reopened', 'not_started'],
    ['Done-ish', 'not_started'],
    ['', 'not_started'],
  ] as const)('"%s" is %s', (status, category) => {
    expect(statusCategoryOf(status)).toBe(category);
  });
});
