/**
 * Each demo team's PI objectives. Business value (BV) is planned at PI planning and rated at the system demo
 * of the iteration that delivered it; objectives not due yet stay unrated.
 * Rated so far (committed only): Σ actual 68 / Σ planned 82 = 83 % for the train; Atlas 10/13 = 77 % and
 * Fjord 9/14 = 64 % are below SAFe's 80 % band, Borealis 13/13 = 100 %.
 */
export interface DemoObjective {
  title: string;
  committed: boolean;
  planned: number;
  /** The system demo (iteration number) that rated it, with the BV achieved. */
  rated?: { at: number; actual: number };
}

export const DEMO_OBJECTIVES: Readonly<Record<string, readonly DemoObjective[]>> = {
  atlas: [
    { title: 'Customers book same-day delivery slots at checkout', committed: true, planned: 8, rated: { at: 1, actual: 6 } },
    { title: 'Business customers download their invoices as PDF', committed: true, planned: 5, rated: { at: 2, actual: 4 } },
    { title: 'Dark mode on every checkout screen of the app', committed: true, planned: 6 },
    { title: 'Checkout traced end to end', committed: true, planned: 4 },
    { title: 'Sessions on Redis without downtime', committed: false, planned: 3 },
  ],
  borealis: [
    { title: 'Delivery slot capacity managed per depot', committed: true, planned: 9, rated: { at: 1, actual: 9 } },
    { title: 'Stock per warehouse on every product page', committed: true, planned: 4, rated: { at: 2, actual: 4 } },
    { title: 'The app follows the phone\'s dark mode', committed: true, planned: 5 },
    { title: 'Loyalty points shown in the basket', committed: false, planned: 3 },
  ],
  comet: [
    { title: 'Partners sign in to the portal with SSO', committed: true, planned: 6, rated: { at: 1, actual: 5 } },
    { title: 'Low-stock badges cut "out of stock" complaints', committed: true, planned: 8, rated: { at: 2, actual: 7 } },
    { title: 'Customers cancel unpacked orders themselves', committed: true, planned: 7 },
    { title: 'No shipping API change breaks a consumer', committed: true, planned: 4 },
    { title: 'Pay part of an order with loyalty points', committed: false, planned: 2 },
  ],
  dynamo: [
    { title: 'Partner roles come from their identity provider', committed: true, planned: 10, rated: { at: 1, actual: 9 } },
    { title: 'Customers start a return without calling support', committed: true, planned: 5, rated: { at: 2, actual: 4 } },
    { title: 'Cancelled orders leave the pick list within a minute', committed: true, planned: 6 },
    { title: 'Failed-delivery dashboard for depot managers', committed: false, planned: 4 },
  ],
  ember: [
    { title: 'Customers print return labels at home', committed: true, planned: 7, rated: { at: 1, actual: 6 } },
    { title: 'Refund or store credit on every return', committed: true, planned: 6, rated: { at: 2, actual: 5 } },
    { title: 'Customers export their personal data (GDPR)', committed: true, planned: 8 },
    { title: 'Order emails in German', committed: true, planned: 4 },
    { title: 'Checkout tracing at 10 % sampling', committed: false, planned: 3 },
  ],
  fjord: [
    { title: 'Invoice PDFs show VAT per line', committed: true, planned: 8, rated: { at: 1, actual: 5 } },
    { title: 'Monthly invoice bundles by email', committed: true, planned: 6, rated: { at: 2, actual: 4 } },
    { title: 'GDPR export includes support tickets', committed: true, planned: 5 },
    { title: 'Contract tests guard the shipping API', committed: true, planned: 4 },
    { title: 'Order emails in French', committed: false, planned: 2 },
  ],
};
