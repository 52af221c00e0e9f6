'use client';

import useSWR from 'swr';
import { piLabel } from '@/lib/panels/cadence/math';
import { coverText, mttrText, onCallOutOfDate, openFor, PRIORITY_WORD } from '@/lib/panels/incidents/math';
import type { IncidentPriority, IncidentsDto } from '@/lib/panels/incidents/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { useRefetchWhenOutOfDate } from '../useRefetchWhenOutOfDate';
import { useWallClock } from '../useWallClock';
import { OnCall } from './OnCall';
import styles from './Incidents.module.css';

const TICK_MS = 10_000;
/** Up to this many incidents listed, a long title may take two lines. */
const ROOMY_UP_TO = 3;

export function PriorityBadge({ priority }: { priority: IncidentPriority }) {
  return (
    <span className={`${styles.badge} ${styles[`p${priority}`]}`} data-priority={priority}>
      <b>{`P${priority}`}</b> {PRIORITY_WORD[priority]}
    </span>
  );
}

export default function IncidentsPanel({ panelKey }: { panelKey: string }) {
  const { data, mutate } = useSWR<IncidentsDto>(panelKey);
  const now = useWallClock(data?.asOf, TICK_MS);
  // Once a shift starts or ends the panel already shows the next person; the data is fetched again once, after a
  // random 0-60 s so that every screen does not ask at once.
  const outOfDate = data ? onCallOutOfDate(data, now) : false;
  const changesAt = data?.changesAt ?? null;
  useRefetchWhenOutOfDate(panelKey, changesAt, outOfDate, mutate);

  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;
  const { open, mttr, pi } = data;
  const calm = open.total === 0;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug} data-changes-at={changesAt ?? ''}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          Incidents<span className={styles.subtitle}> · on call</span>
        </h1>
        <p className={styles.when}>{pi ? `${piLabel(pi.name)} · ${data.train.name}` : data.train.name}</p>
      </header>
      <div className={styles.body}>
        <div className={styles.incidents}>
          <div className={styles.summary}>
            <div className={`${styles.big} ${calm ? styles.calmNumber : ''}`} data-testid="incidents-open-total">
              {open.total}
            </div>
            <div className={styles.summaryText}>
              <p className={styles.openLabel}>{open.total === 1 ? 'open incident' : 'open incidents'}</p>
              <ul className={styles.priorities} aria-label="Open incidents by priority">
                {open.byPriority.map((p) => (
                  <li key={p.priority} className={p.count === 0 ? styles.none : undefined} data-priority={p.priority} data-count={p.count}>
                    <span className={`${styles.swatch} ${styles[`p${p.priority}`]}`} aria-hidden />
                    {`P${p.priority} ${p.count}`}
                  </li>
                ))}
              </ul>
            </div>
          </div>
          {calm ? (
            <p className={styles.calm} data-testid="incidents-calm">
              <span className={styles.check} aria-hidden>
                ✔
              </span>
              No open incidents
            </p>
          ) : (
            <>
              <ol className={`${styles.list} ${open.incidents.length > ROOMY_UP_TO ? styles.dense : ''}`} data-testid="incidents-list">
                {open.incidents.map((incident) => (
                  <li key={incident.key} className={styles.item} data-incident-key={incident.key} data-priority={incident.priority}>
                    <PriorityBadge priority={incident.priority} />
                    <div className={styles.what}>
                      <p className={styles.incidentTitle}>{incident.title}</p>
                      <p className={styles.meta}>{[incident.service, incident.team].filter(Boolean).join(' · ') || 'Whole train'}</p>
                    </div>
                    <p className={styles.duration} title="Open for">
                      {openFor(incident.startedAt, now)}
                    </p>
                  </li>
                ))}
              </ol>
              {open.total > open.incidents.length && <p className={styles.more}>{`and ${open.total - open.incidents.length} more`}</p>}
            </>
          )}
        </div>
        <aside className={styles.side}>
          <section className={styles.card} data-testid="incidents-mttr">
            <h2 className={styles.cardLabel}>Mean time to restore</h2>
            <p className={styles.mttr} data-testid="incidents-mttr-value">
              {mttrText(mttr.meanSeconds)}
            </p>
            <p className={styles.cover}>{pi ? `${piLabel(pi.name)} · ${coverText(mttr.count)}` : 'No PI planned'}</p>
          </section>
          <OnCall data={data} now={now} />
        </aside>
      </div>
    </section>
  );
}
