import type { Metadata } from 'next';
import { AlertsView } from '@/components/admin/alerts/AlertsView';
import { loadAlertsPage } from '@/lib/alerts/page';
import { requirePageRole } from '@/lib/auth/next';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AlertsPage() {
  const me = await requirePageRole('viewer', { from: '/admin/alerts' });
  return <AlertsView me={me} data={await loadAlertsPage(getRuntime(), me)} />;
}
