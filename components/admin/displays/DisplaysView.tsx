import Link from 'next/link';
import type { UserPrincipal } from '@/lib/auth/principal';
import type { DisplaysPageData } from '@/lib/displays/pages';
import { AdminShell } from '../AdminShell';
import { LocalTime } from '../audit/LocalTime';
import { Card, Notice, Table } from '../ui';
import { CalendarCard } from './CalendarCard';
import { PairDisplayForm } from './PairDisplayForm';
import styles from './displays.module.css';

/** Paired TVs: pair a new one by its code, see what each plays, open one to edit its schedule. */
export function DisplaysView({ me, data }: { me: UserPrincipal; data: DisplaysPageData }) {
  const isAdmin = me.role === 'admin';
  const multiTrain = data.trains.length > 1;
  return (
    <AdminShell user={me} title="Displays" description="The TVs of your train: what each shows, and when.">
      <Card title="Pair a display" description="Open /display on the TV: it shows a code. Enter it here.">
        {isAdmin ? <PairDisplayForm trains={data.trains} /> : <Notice>Only admins pair displays.</Notice>}
      </Card>

      <Card title="Displays" description={`${data.displays.length} paired display${data.displays.length === 1 ? '' : 's'}.`}>
        {data.displays.length === 0 ? (
          <p className={styles.empty}>No display is paired yet.</p>
        ) : (
          <Table label="Displays" stack>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Plays</th>
                <th scope="col">Schedule</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {data.displays.map((d) => (
                <tr key={d.id} data-display-id={d.id}>
                  <td data-label="Name">
                    <Link className={styles.name} href={`/admin/displays/${d.id}`}>
                      {d.name}
                    </Link>
                    {multiTrain && <span className={styles.sub}>{d.trainName}</span>}
                  </td>
                  <td data-label="Plays">
                    {d.playlistName ?? <span className={styles.muted}>Train default</span>}
                    {d.teamFilter && <span className={styles.sub}>Only team {d.teamFilter}</span>}
                  </td>
                  <td data-label="Schedule">{d.scheduleCount === 0 ? <span className={styles.muted}>None</span> : `${d.scheduleCount} rule${d.scheduleCount === 1 ? '' : 's'}`}</td>
                  <td data-label="Last seen">{d.lastSeenAt ? <LocalTime iso={d.lastSeenAt} /> : <span className={styles.muted}>Never</span>}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <Card title="PI calendar" description="Schedule rules “during PI planning” apply on these days; “during the IP iteration” follows the iteration data.">
        <CalendarCard events={data.calendar} trains={data.trains.map((t) => ({ slug: t.slug, name: t.name }))} canEdit={me.role !== 'viewer'} />
      </Card>
    </AdminShell>
  );
}
