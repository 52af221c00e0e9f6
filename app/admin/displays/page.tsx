import type { Metadata } from 'next';
import { DisplaysView } from '@/components/admin/displays/DisplaysView';
import { requirePageRole } from '@/lib/auth/next';
import { loadDisplaysPage } from '@/lib/displays/pages';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Displays' };

export default async function DisplaysPage() {
  const me = await requirePageRole('viewer', { from: '/admin/displays' });
  return <DisplaysView me={me} data={await loadDisplaysPage(getRuntime(), me)} />;
}
