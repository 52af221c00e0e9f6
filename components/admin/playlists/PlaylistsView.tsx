import Link from 'next/link';
import type { UserPrincipal } from '@/lib/auth/principal';
import type { PlaylistsPageData } from '@/lib/playlists/pages';
import { AdminShell } from '../AdminShell';
import { LocalTime } from '../audit/LocalTime';
import { Card, Notice, Table } from '../ui';
import { NewPlaylistForm } from './NewPlaylistForm';
import styles from './playlists.module.css';

/** Every playlist: what it shows and how many displays play it; admins create and change them. */
export function PlaylistsView({ me, data, defaultSeconds }: { me: UserPrincipal; data: PlaylistsPageData; defaultSeconds: number }) {
  const multiTrain = data.trains.length > 1;
  return (
    <AdminShell user={me} title="Playlists" description="Ordered panels with a time each. One playlist can serve many displays.">
      <Card title="Playlists" description={`${data.playlists.length} playlist${data.playlists.length === 1 ? '' : 's'}.`}>
        {data.playlists.length === 0 ? (
          <p className={styles.empty}>No playlists yet: displays show every team’s burndown.</p>
        ) : (
          <Table label="Playlists" stack>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Items</th>
                <th scope="col">Displays</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {data.playlists.map((p) => (
                <tr key={p.id}>
                  <td data-label="Name">
                    <Link className={styles.name} href={`/admin/playlists/${p.id}`}>
                      {p.name}
                    </Link>
                    {multiTrain && <span className={styles.sub}>{p.trainName}</span>}
                  </td>
                  <td data-label="Items">{p.itemCount}</td>
                  <td data-label="Displays">{p.displayCount}</td>
                  <td data-label="Changed">
                    <LocalTime iso={p.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card title="New playlist">
        {me.role !== 'admin' ? <Notice>Only admins (the RTE) change playlists.</Notice> : <NewPlaylistForm trains={data.trains} seconds={defaultSeconds} />}
      </Card>
    </AdminShell>
  );
}
