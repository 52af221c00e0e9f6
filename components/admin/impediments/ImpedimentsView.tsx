import type { UserPrincipal } from '@/lib/auth/principal';
import type { ImpedimentsPageData } from '@/lib/impediments/types';
import { AdminShell } from '../AdminShell';
import { Card, Notice, TrainChooser } from '../ui';
import { OpenImpediment } from './OpenImpediment';
import { QuickAddForm } from './QuickAddForm';
import { ResolvedImpediment } from './ResolvedImpediment';
import styles from './impediments.module.css';

/** A train's impediments at stand-up: add one, resolve, escalate or edit the open ones, reopen a resolved one. */
export function ImpedimentsView({ me, data }: { me: UserPrincipal; data: ImpedimentsPageData }) {
  const { train } = data;
  return (
    <AdminShell user={me} title="Impediments" description="What blocks the teams. The walls show the open ones as soon as you save.">
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>Impediments belong to a train: send the train through the ingest API first.</p>
        </Card>
      ) : (
        <>
          <Card
            title="Add an impediment"
            description={
              data.trains.length > 1 ? (
                <>
                  {train.name} · <a href="#train-chooser">other train</a>
                </>
              ) : (
                train.name
              )
            }
          >
            {data.teamChoices.length === 0 ? (
              <Notice tone="info">{`You can add impediments for your own team; it is not in ${train.name}.`}</Notice>
            ) : (
              <QuickAddForm key={train.slug} trainSlug={train.slug} teams={data.teamChoices} defaultTeam={data.defaultTeam} />
            )}
          </Card>
          <Card title={`Open (${data.open.length})`} description="Oldest first.">
            {data.open.length === 0 ? (
              <p className={styles.empty}>
                <span aria-hidden>✔</span> No open impediments.
              </p>
            ) : (
              <ul className={styles.list} aria-label="Open impediments">
                {data.open.map((impediment) => (
                  <OpenImpediment key={`${impediment.id}-${impediment.changedAt}`} impediment={impediment} teams={data.teamChoices} />
                ))}
              </ul>
            )}
          </Card>
          <Card title="Recently resolved" description="The last ten, newest first: reopen one resolved too soon.">
            {data.resolved.length === 0 ? (
              <p className={styles.empty}>Nothing resolved yet.</p>
            ) : (
              <ul className={styles.list} aria-label="Recently resolved impediments">
                {data.resolved.map((impediment) => (
                  <ResolvedImpediment key={`${impediment.id}-${impediment.changedAt}`} impediment={impediment} />
                ))}
              </ul>
            )}
          </Card>
          {/* Last: the add form stays at the top of a phone's screen; the add card links here. */}
          <TrainChooser trains={data.trains} selected={train.slug} id="train-chooser" />
        </>
      )}
    </AdminShell>
  );
}
