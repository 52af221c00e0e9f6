import Link from 'next/link';
import type { UserPrincipal } from '@/lib/auth/principal';
import type { PlaylistDetail } from '@/lib/playlists/types';
import { AdminShell } from '../AdminShell';
import { Card } from '../ui';
import { PlaylistEditor } from './PlaylistEditor';
import styles from './playlists.module.css';

export function PlaylistDetailView({ me, playlist }: { me: UserPrincipal; playlist: PlaylistDetail }) {
  return (
    <AdminShell
      user={me}
      title={playlist.name}
      description={`${playlist.trainName} · panels play in this order, each for its seconds; a burndown of “All teams, in turn” shows every team’s burndown one after another.`}
      actions={
        <Link className={styles.back} href="/admin/playlists">
          ← All playlists
        </Link>
      }
    >
      <Card title="Items">
        <PlaylistEditor playlist={playlist} canEdit={me.role === 'admin'} teamCount={playlist.teams.length} />
      </Card>
    </AdminShell>
  );
}
