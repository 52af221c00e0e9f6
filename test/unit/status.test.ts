import { describe, expect, it } from 'vitest';
import { normaliseStatus, statusCategoryOf } from '../../lib/ingest/status';

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

describe('statusCategoryOf with a train mapping', () => {
  const mapping = new Map([
    ['ready for uat', 'waiting'],
    ['review', 'waiting'],
  ] as const);

  it('finds the train\'s own name however it is written', () => {
    expect(statusCategoryOf('Ready_for-UAT', mapping)).toBe('waiting');
    expect(statusCategoryOf('Ready for UAT')).toBe('not_started');
  });

  it('the train\'s mapping comes before the common names', () => {
    expect(statusCategoryOf('Review', mapping)).toBe('waiting');
    expect(statusCategoryOf('Review')).toBe('active');
  });

  it('names the mapping does not hold fall back to the common names', () => {
    expect(statusCategoryOf('Done', mapping)).toBe('done');
  });
});

describe('normaliseStatus', () => {
  it.each([
    ['  Ready  for_UAT ', 'ready for uat'],
    ['IN--PROGRESS', 'in progress'],
  ])('"%s" → "%s"', (status, normalised) => {
    expect(normaliseStatus(status)).toBe(normalised);
  });
});
