import type { UserPrincipal } from '@/lib/auth/principal';
import type { ReleasesPageData } from '@/lib/releases/types';
import { AdminShell } from '../AdminShell';
import { Card, TrainChooser } from '../ui';
import { AddReleaseForm } from './AddReleaseForm';
import { EnvironmentsCard } from './EnvironmentsCard';
import { ReleaseItem } from './ReleaseItem';
import styles from './releases.module.css';

/** A train's releases and their gates, and its environments. Walls showing the departure board update on save. */
export function ReleasesView({ me, data }: { me: UserPrincipal; data: ReleasesPageData }) {
  const { train } = data;
  return (
    <AdminShell user={me} title="Releases" description="The departure board: releases, their gates (decide them in the meeting, one tap each) and the train’s environments.">
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>Releases belong to a train: send the train through the ingest API first.</p>
        </Card>
      ) : (
        <>
          <TrainChooser trains={data.trains} selected={train.slug} />
          <Card title={`Releases of ${train.name}`} description="Upcoming and in flight first.">
            {data.releases.length === 0 ? (
              <p className={styles.empty}>No releases yet.</p>
            ) : (
              <ul className={styles.list} aria-label="Releases">
                {data.releases.map((r) => (
                  <ReleaseItem key={r.id} release={r} />
                ))}
              </ul>
            )}
          </Card>
          <Card title="Add a release" description={train.name}>
            <AddReleaseForm trainSlug={train.slug} />
          </Card>
          <EnvironmentsCard trainSlug={train.slug} environments={data.environments} mayEdit={data.mayEditEnvironments} />
        </>
      )}
    </AdminShell>
  );
}
