/** The demo train: names and story titles that read like a real release train's board. */
export const DEMO_TRAIN = { slug: 'demo', name: 'Northstar Release Train', timeZone: 'Europe/Amsterdam' } as const;

/** How each team's iteration goes: the gap to the ideal line at the end of each day, as a share of the commitment. */
export type TeamPace = 'ahead' | 'on-track' | 'behind' | 'scope-added';

export const DEMO_TEAMS: readonly { slug: string; name: string; prefix: string; pace: TeamPace }[] = [
  { slug: 'atlas', name: 'Atlas', prefix: 'ATL', pace: 'behind' },
  { slug: 'borealis', name: 'Borealis', prefix: 'BOR', pace: 'ahead' },
  { slug: 'comet', name: 'Comet', prefix: 'COM', pace: 'scope-added' },
  { slug: 'dynamo', name: 'Dynamo', prefix: 'DYN', pace: 'on-track' },
  { slug: 'ember', name: 'Ember', prefix: 'EMB', pace: 'on-track' },
  { slug: 'fjord', name: 'Fjord', prefix: 'FJO', pace: 'behind' },
];

export const STORY_POINTS = [1, 2, 3, 3, 5, 5, 5, 8, 8, 13] as const;

export const STORY_TITLES = [
  'Checkout shows delivery slots',
  'Export invoices as PDF',
  'Single sign-on for partner portal',
  'Audit trail for price changes',
  'Retry failed payment webhooks',
  'Search filters remember last choice',
  'Customer can cancel an order online',
  'Show stock per warehouse',
  'Rate-limit the public API',
  'Migrate sessions to Redis',
  'Accessible colour palette for charts',
  'Bulk upload of product images',
  'Notify account owner on login from new device',
  'Archive orders older than 7 years',
  'Feature flag for new onboarding',
  'Split monolith billing module',
  'Dark mode for the mobile app',
  'GDPR data export for customers',
  'Reduce cold start of the search service',
  'Contract tests for the shipping API',
  'Self-service password reset',
  'Translate emails into German',
  'Fix rounding in VAT totals',
  'Dashboard for failed deliveries',
] as const;

export const KINDS = ['story', 'story', 'story', 'story', 'defect', 'enabler'] as const;
