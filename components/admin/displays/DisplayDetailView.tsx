import Link from 'next/link';
import type { UserPrincipal } from '@/lib/auth/principal';
import type { DisplayDetail } from '@/lib/displays/console-types';
import { AdminShell } from '../AdminShell';
import { LocalTime } from '../audit/LocalTime';
import { Card } from '../ui';
import { DisplaySettingsForm } from './DisplaySettingsForm';
import { KioskUrlCard } from './KioskUrlCard';
import { RevokeDisplay } from './RevokeDisplay';
import { ScheduleEditor } from './ScheduleEditor';
import styles from './displays.module.css';

/** One display: its settings, its schedule and, for admins, the kiosk URL and revoke. */
export function DisplayDetailView({ me, display }: { me: UserPrincipal; display: DisplayDetail }) {
  const isAdmin = me.role === 'admin';
  return (
    <AdminShell
      user={me}
      title={display.name}
      description={
        <>
          {display.trainName} · {display.lastSeenAt ? <>last seen <LocalTime iso={display.lastSeenAt} /></> : 'not seen yet'}
        </>
      }
      actions={
        <Link className={styles.back} href="/admin/displays">
          ← All displays
        </Link>
      }
    >
      <Card title="Settings">
        <DisplaySettingsForm display={display} canEdit={isAdmin} />
      </Card>
      <Card
        title="Schedule"
        description={`Times are ${display.timeZone} time. The first matching rule wins; when none matches, the display plays its playlist.`}
      >
        <ScheduleEditor display={display} canEdit={isAdmin} />
      </Card>
      {isAdmin && (
        <>
          <Card title="Kiosk URL" description="For a TV nobody can type on: open this address on it instead of entering a code.">
            <KioskUrlCard displayId={display.id} />
          </Card>
          <Card title="Revoke" description="Unpairs the TV: its tokens stop working at once." className={styles.danger}>
            <RevokeDisplay displayId={display.id} name={display.name} />
          </Card>
        </>
      )}
    </AdminShell>
  );
}
