import type { UserPrincipal } from '@/lib/auth/principal';
import { piLabel } from '@/lib/panels/objectives/math';
import { ROAM_LABEL } from '@/lib/panels/risks/math';
import type { RisksPageData } from '@/lib/risks/types';
import { AdminShell } from '../AdminShell';
import { Card, Field, Notice, TrainChooser } from '../ui';
import { QuickAddRisk } from './QuickAddRisk';
import { RiskItem } from './RiskItem';
import styles from './risks.module.css';

/** The train's ROAM risks: add one, ROAM it with one tap, edit or delete it. The wall's board follows at once. */
export function RisksView({ me, data }: { me: UserPrincipal; data: RisksPageData }) {
  const { train, pi } = data;
  const mayAdd = data.teams.length > 0 || data.wholeTrain;
  const scope = pi ? piLabel(pi.name) : 'this train';
  return (
    <AdminShell user={me} title="Risks" description="Risks raised at PI planning and since, by ROAM state. The walls show the board as soon as you save.">
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>Risks belong to a train: send the train through the ingest API first.</p>
        </Card>
      ) : (
        <>
          {mayAdd ? (
            <Card title="Add a risk" description={`${train.name} · ${scope}`}>
              <QuickAddRisk
                trainSlug={train.slug}
                piId={pi?.id ?? null}
                pis={data.pis}
                teams={data.teams}
                wholeTrain={data.wholeTrain}
                defaultTeam={data.defaultTeam}
              />
            </Card>
          ) : (
            <Notice tone="info">You can see the train&apos;s risks; an admin can make you the editor of your team to add and change its own.</Notice>
          )}
          {data.groups.length === 0 ? (
            <Card title={`No risks recorded for ${scope} yet`}>
              <p className={styles.empty}>Add the first one above: its title is enough.</p>
            </Card>
          ) : (
            data.groups.map((group) => (
              <Card key={group.state} id={`roam-${group.state}`} title={`${ROAM_LABEL[group.state].word} (${group.risks.length})`}>
                <ul className={styles.list} aria-label={ROAM_LABEL[group.state].word}>
                  {group.risks.map((risk) => (
                    <RiskItem key={`${risk.id}-${risk.changedAt}`} risk={risk} teams={data.teams} wholeTrain={data.wholeTrain} />
                  ))}
                </ul>
              </Card>
            ))
          )}
          <TrainChooser title="Another train or PI" trains={data.trains} selected={train.slug}>
            {data.pis.length > 1 && (
              <Field label="PI">
                <select name="pi" defaultValue={pi?.id}>
                  {data.pis.map((p) => (
                    <option key={p.id} value={p.id}>
                      {`${piLabel(p.name)}${p.current ? ' (now)' : ''}`}
                    </option>
                  ))}
                </select>
              </Field>
            )}
          </TrainChooser>
        </>
      )}
    </AdminShell>
  );
}
