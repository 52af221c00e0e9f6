import type { AnnouncementsPageData } from '@/lib/announcements/types';
import type { UserPrincipal } from '@/lib/auth/principal';
import { AdminShell } from '../AdminShell';
import { Card, TrainChooser } from '../ui';
import { AddAnnouncementForm } from './AddAnnouncementForm';
import { AnnouncementItem } from './AnnouncementItem';
import styles from './announcements.module.css';

/** A train's announcements: add, edit, delete. Walls showing one update as soon as it is saved. */
export function AnnouncementsView({ me, data }: { me: UserPrincipal; data: AnnouncementsPageData }) {
  const { train } = data;
  return (
    <AdminShell
      user={me}
      title="Announcements"
      description="Short notices for the walls: the next PI planning, the system demo room, a welcome. Add one to a playlist to show it."
    >
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>Announcements belong to a train: send the train through the ingest API first.</p>
        </Card>
      ) : (
        <>
          <TrainChooser trains={data.trains} selected={train.slug} />
          <Card title="Add an announcement" description={train.name}>
            <AddAnnouncementForm trainSlug={train.slug} />
          </Card>
          <Card title={`Announcements of ${train.name}`}>
            {data.announcements.length === 0 ? (
              <p className={styles.empty}>No announcements yet.</p>
            ) : (
              <ul className={styles.list} aria-label="Announcements">
                {data.announcements.map((a) => (
                  <AnnouncementItem key={`${a.id}-${a.updatedAt}`} announcement={a} />
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </AdminShell>
  );
}
