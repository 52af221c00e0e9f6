/**
 * The demo PI's backlog: features and enablers with the teams that build them and the iteration each is planned
 * to finish in, plus story titles that read like their slices. Hand-written so the wall reads like a real train.
 */
export interface DemoFeature {
  key: string;
  title: string;
  kind: 'feature' | 'enabler';
  /** Team slugs that have stories for it. */
  teams: readonly string[];
  /** Iteration (1-4) whose stories finish it, if nothing slips. */
  finishes: number;
  stories: readonly string[];
}

export const DEMO_FEATURES: readonly DemoFeature[] = [
  {
    key: 'FEAT-101',
    title: 'Same-day delivery slots at checkout',
    kind: 'feature',
    teams: ['atlas', 'borealis'],
    finishes: 1,
    stories: [
      'Checkout shows the next three delivery slots',
      'Slot capacity per depot',
      'Reserve a slot for 15 minutes',
      'Release expired slot reservations',
      'Slot choice on the order confirmation email',
      'Courier app lists orders by slot',
      'Surcharge for evening slots',
      'Slot picker is keyboard accessible',
    ],
  },
  {
    key: 'FEAT-102',
    title: 'Single sign-on for the partner portal',
    kind: 'feature',
    teams: ['comet', 'dynamo'],
    finishes: 1,
    stories: [
      'Partner signs in with their company account',
      'Map partner groups to portal roles',
      'Sign-out ends the identity provider session',
      'Audit log of partner sign-ins',
      'Fallback login for partners without SSO',
      'Admin sees which partners use SSO',
      'Refresh tokens silently before they expire',
    ],
  },
  {
    key: 'FEAT-103',
    title: 'Self-service returns',
    kind: 'feature',
    teams: ['dynamo', 'ember'],
    finishes: 2,
    stories: [
      'Customer starts a return from the order page',
      'Print a prepaid return label',
      'Choose refund or store credit',
      'Warehouse scans a returned parcel',
      'Refund is paid when the parcel arrives',
      'Return reasons feed the product team report',
      'Block returns after 30 days',
      'Return status in the mobile app',
    ],
  },
  {
    key: 'FEAT-104',
    title: 'Invoices as PDF for business accounts',
    kind: 'feature',
    teams: ['atlas', 'fjord'],
    finishes: 2,
    stories: [
      'Download an invoice as PDF',
      'Invoice shows VAT per line',
      'Monthly invoice bundle by email',
      'Company logo on business invoices',
      'Credit notes as PDF',
      'Invoice numbering per country',
      'Archive invoices for ten years',
    ],
  },
  {
    key: 'FEAT-105',
    title: 'Stock per warehouse on the product page',
    kind: 'feature',
    teams: ['borealis', 'comet'],
    finishes: 2,
    stories: [
      'Product page shows stock per warehouse',
      'Stock feed from the warehouse system every minute',
      'Low-stock badge below five items',
      'Pick the nearest warehouse for the customer',
      'Stock levels in the partner API',
      'Cache stock for the search results',
    ],
  },
  {
    key: 'FEAT-106',
    title: 'Customers cancel an order online',
    kind: 'feature',
    teams: ['comet', 'dynamo'],
    finishes: 3,
    stories: [
      'Cancel button until the order is packed',
      'Cancellation stops the payment capture',
      'Warehouse drops cancelled orders from the pick list',
      'Cancellation confirmation email',
      'Partial cancellation of one order line',
      'Customer service sees who cancelled',
      'Cancellation reasons report',
    ],
  },
  {
    key: 'FEAT-107',
    title: 'GDPR data export for customers',
    kind: 'feature',
    teams: ['ember', 'fjord'],
    finishes: 3,
    stories: [
      'Customer requests an export of their data',
      'Collect orders, addresses and consents into one archive',
      'Export link expires after seven days',
      'Notify the privacy team of each request',
      'Include support tickets in the export',
      'Export in machine-readable JSON',
      'Rate-limit export requests',
    ],
  },
  {
    key: 'FEAT-108',
    title: 'Dark mode for the mobile app',
    kind: 'feature',
    teams: ['atlas', 'borealis'],
    finishes: 3,
    stories: [
      'Dark colour tokens for the design system',
      'Follow the phone\'s dark mode setting',
      'Dark mode for the checkout screens',
      'Charts readable in dark mode',
      'Toggle dark mode in the app settings',
      'Product images keep their white background',
    ],
  },
  {
    key: 'FEAT-109',
    title: 'Order emails in German and French',
    kind: 'feature',
    teams: ['ember', 'fjord'],
    finishes: 4,
    stories: [
      'Email templates take the customer\'s language',
      'Translate the order confirmation',
      'Translate the shipping notification',
      'Dates and prices in the local format',
      'Preview every template in each language',
    ],
  },
  {
    key: 'FEAT-110',
    title: 'Dashboard for failed deliveries',
    kind: 'feature',
    teams: ['dynamo', 'fjord'],
    finishes: 4,
    stories: [
      'List failed deliveries of the last seven days',
      'Group failures by courier and reason',
      'Reschedule a failed delivery in one click',
      'Export failed deliveries as CSV',
      'Alert when failures pass 3 % in a depot',
    ],
  },
  {
    key: 'FEAT-111',
    title: 'Loyalty points at checkout',
    kind: 'feature',
    teams: ['borealis', 'comet'],
    finishes: 4,
    stories: [
      'Show points earned on the basket page',
      'Pay part of an order with points',
      'Points expire after two years',
      'Points history in the account page',
      'Refunds take back the points earned',
    ],
  },
  {
    key: 'EN-201',
    title: 'Move sessions to Redis',
    kind: 'enabler',
    teams: ['atlas', 'dynamo'],
    finishes: 2,
    stories: [
      'Redis cluster in every region',
      'Write sessions to Redis and the database',
      'Read sessions from Redis first',
      'Load test 5,000 logins a minute',
      'Remove the database session table',
      'Runbook for a Redis failover',
    ],
  },
  {
    key: 'EN-202',
    title: 'Contract tests for the shipping API',
    kind: 'enabler',
    teams: ['comet', 'fjord'],
    finishes: 3,
    stories: [
      'Consumer contracts for label creation',
      'Provider verification in the shipping pipeline',
      'Contract broker in the build environment',
      'Contracts for tracking events',
      'Break the build on a contract change',
    ],
  },
  {
    key: 'EN-203',
    title: 'Tracing across checkout services',
    kind: 'enabler',
    teams: ['ember', 'atlas'],
    finishes: 4,
    stories: [
      'Trace ids from the web shop to payments',
      'Sample 10 % of checkout traces',
      'Dashboard of the slowest checkout spans',
      'Traces link to the error tracker',
    ],
  },
];

export const DEFECT_TITLES = [
  'Fix rounding in VAT totals',
  'Basket loses items after login on Safari',
  'Search returns discontinued products',
  'Password reset email arrives twice',
  'Wrong delivery date shown on Sundays',
  'Checkout button hidden on small phones',
  'Timeout when exporting large orders',
  'Currency symbol missing in Swiss shop',
  'Duplicate order after payment retry',
  'Images upload sideways from iPhones',
  'Address form rejects Irish postcodes',
  'Promo code accepted after expiry',
] as const;

export const SPIKE_TITLES = [
  'Spike: compare PDF rendering libraries',
  'Spike: courier API rate limits',
  'Spike: can the search index hold stock levels',
  'Spike: cost of a second Redis region',
  'Spike: accessibility audit of checkout',
  'Spike: translation service options',
  'Spike: tracing overhead on payments',
  'Spike: partner identity providers in use',
] as const;

export const RISK_TITLES = [
  'Risk: payment provider contract ends in March',
  'Risk: only one engineer knows the courier integration',
  'Risk: warehouse system upgrade in the same week',
  'Risk: certificate renewal for the partner API',
  'Risk: load test environment not ready',
  'Risk: legal review of the GDPR export pending',
] as const;
