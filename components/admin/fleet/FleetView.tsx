import type { UserPrincipal } from '@/lib/auth/principal';
import type { FleetEntry } from '@/lib/fleet/types';
import { AdminShell } from '../AdminShell';
import { Card } from '../ui';
import { FleetTable } from './FleetTable';

export function FleetView({ me, initial }: { me: UserPrincipal; initial: FleetEntry[] }) {
  return (
    <AdminShell user={me} title="Fleet" description="Every paired display, live: a display silent for 2 minutes shows offline.">
      <Card>
        <FleetTable initial={initial} canControl={me.role === 'admin'} />
      </Card>
    </AdminShell>
  );
}
