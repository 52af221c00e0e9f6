import type { UserPrincipal } from '@/lib/auth/principal';
import type { KpisPageData } from '@/lib/kpis/types';
import { AdminShell } from '../AdminShell';
import { Card, Notice, TrainChooser } from '../ui';
import { AddKpiForm } from './AddKpiForm';
import { KpiItem } from './KpiItem';
import styles from './kpis.module.css';

/** A train's KPIs: define, edit, delete, and record values kept by hand. Walls show the tiles as soon as it is saved. */
export function KpisView({ me, data }: { me: UserPrincipal; data: KpisPageData }) {
  const { train } = data;
  return (
    <AdminShell
      user={me}
      title="KPIs"
      description="What the train measures, one tile each on the walls: the latest value, the target, green, amber or red, and the trend. Feeds send values by the KPI's key; values kept by hand are recorded here."
    >
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>KPIs belong to a train: send the train through the ingest API first.</p>
        </Card>
      ) : (
        <>
          <TrainChooser trains={data.trains} selected={train.slug} />
          <Card title={`KPIs of ${train.name}`} description={`Panel key kpis:${train.slug}`}>
            {data.kpis.length === 0 ? (
              <p className={styles.empty}>No KPIs yet.</p>
            ) : (
              <ul className={styles.list} aria-label="KPIs">
                {data.kpis.map((kpi) => (
                  // By id only: a refresh after recording a value must not remount the item and close an Edit just opened.
                  <KpiItem key={kpi.id} kpi={kpi} />
                ))}
              </ul>
            )}
          </Card>
          <Card title="Add a KPI" description={`${train.name}: ${data.kpis.length} of at most ${data.max} KPIs.`}>
            {data.kpis.length >= data.max && (
              <Notice tone="warning">{`${train.name} has ${data.max} KPIs, as many as a wall shows: delete one before adding another.`}</Notice>
            )}
            <AddKpiForm trainSlug={train.slug} />
          </Card>
        </>
      )}
    </AdminShell>
  );
}
