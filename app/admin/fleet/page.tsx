import type { Metadata } from 'next';
import { FleetView } from '@/components/admin/fleet/FleetView';
import { requirePageRole } from '@/lib/auth/next';
import { loadFleetForConsole } from '@/lib/fleet/registry';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Fleet' };

export default async function FleetPage() {
  const me = await requirePageRole('viewer', { from: '/admin/fleet' });
  return <FleetView me={me} initial={await loadFleetForConsole(getRuntime(), me)} />;
}
