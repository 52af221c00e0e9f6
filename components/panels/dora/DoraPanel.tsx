'use client';

import useSWR from 'swr';
import { durationReading, frequencyReading, percentReading } from '@/lib/panels/dora/math';
import type { DoraDto } from '@/lib/panels/dora/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { MetricTile } from './MetricTile';
import styles from './Dora.module.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function DoraPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<DoraDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;
  const { deploymentFrequency: frequency, leadTime, changeFailureRate: cfr, timeToRestore: restore, window } = data;
  const none = `No production deployments in ${window.days} days`;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          DORA<span className={styles.subtitle}>{` · last ${window.days} days`}</span>
        </h1>
        <p className={styles.when}>{`${data.train.name} · production`}</p>
      </header>
      <div className={styles.grid}>
        <MetricTile
          id="dora-deployment-frequency"
          label="Deployment frequency"
          reading={frequencyReading(frequency.value)}
          band={frequency.band}
          detail={frequency.count === 0 ? none : `${plural(frequency.count, 'successful deployment', 'successful deployments')}`}
          trend={frequency.trend}
          better="higher"
        />
        <MetricTile
          id="dora-lead-time"
          label="Lead time for changes"
          reading={durationReading(leadTime.value)}
          band={leadTime.band}
          detail={leadTime.count === 0 ? (frequency.count === 0 ? none : 'No commit times reported') : `median, commit to production · ${plural(leadTime.count, 'deployment', 'deployments')}`}
          trend={leadTime.trend}
          better="lower"
        />
        <MetricTile
          id="dora-change-failure-rate"
          label="Change failure rate"
          reading={percentReading(cfr.value)}
          band={cfr.band}
          detail={cfr.count === 0 ? none : `${cfr.failed} of ${plural(cfr.count, 'deployment', 'deployments')} failed or rolled back`}
          trend={cfr.trend}
          better="lower"
        />
        <MetricTile
          id="dora-time-to-restore"
          label="Time to restore service"
          reading={durationReading(restore.value)}
          band={restore.band}
          detail={restore.count === 0 ? `No incidents restored in ${window.days} days` : `median · ${plural(restore.count, 'incident', 'incidents')} restored`}
          trend={restore.trend}
          better="lower"
        />
      </div>
    </section>
  );
}
