'use client';

import useSWR from 'swr';
import { formatPercent, piDatesLabel, piLabel, PREDICTABILITY_LABEL, ratedLabel } from '@/lib/panels/objectives/math';
import type { ObjectivesDto, PredictabilityState } from '@/lib/panels/objectives/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { BusinessValueChart, PredictabilityChart } from './ObjectivesCharts';
import styles from './Objectives.module.css';

/** More teams than this: tighter rows, so that a big train's table still fits beside the charts. */
const DENSE_AFTER = 8;

function State({ state, testId }: { state: PredictabilityState; testId?: string }) {
  const label = PREDICTABILITY_LABEL[state];
  return (
    <span className={`${styles.state} ${styles[state]}`} data-testid={testId} data-state={state}>
      <span aria-hidden>{label.icon}</span> {label.word}
    </span>
  );
}

export default function ObjectivesPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<ObjectivesDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const { pi, art, uncommitted } = data;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>PI objectives</h1>
        {pi && (
          <p className={styles.when}>
            {`${piLabel(pi.name)} · ${piDatesLabel(pi.startDate, pi.endDate)}`}
            {art.total > 0 && ` · ${ratedLabel(art.rated, art.total)}`}
          </p>
        )}
      </header>
      {!pi ? (
        <p className={styles.empty}>No PI planned for {data.train.name} yet.</p>
      ) : art.total === 0 ? (
        <p className={styles.empty}>No objectives for PI {pi.name} yet: teams enter them in the console after PI planning.</p>
      ) : (
        <div className={styles.body}>
          <div className={styles.charts}>
            <figure className={styles.chart}>
              <figcaption className={styles.caption}>Business value of committed objectives</figcaption>
              <div className={styles.canvas}>
                <BusinessValueChart data={data} />
              </div>
              <ul className={styles.legend} aria-hidden>
                <li className={styles.legendPlanned}>Planned, rated</li>
                <li className={styles.legendUnrated}>Planned, not rated yet</li>
                <li className={styles.legendActual}>Actual</li>
              </ul>
            </figure>
            <figure className={styles.chart}>
              <figcaption className={styles.caption}>Predictability per team</figcaption>
              <div className={styles.canvas}>
                <PredictabilityChart data={data} />
              </div>
            </figure>
          </div>
          <aside className={styles.side}>
            <div className={styles.artLabel}>ART predictability</div>
            <div className={styles.big} data-testid="art-predictability">
              {formatPercent(art.percent)}
            </div>
            <div className={styles.artState}>
              <State state={art.state} testId="art-state" />
            </div>
            {art.rated > 0 && <div className={styles.artDetail}>{`${art.actual} of ${art.planned} BV planned achieved`}</div>}
            <table className={`${styles.teams} ${data.teams.length > DENSE_AFTER ? styles.dense : ''}`}>
              <tbody>
                {data.teams.map((team) => (
                  <tr key={team.slug} data-team-objectives={team.slug}>
                    <th scope="row">{team.name}</th>
                    <td className={styles.percent}>{formatPercent(team.percent)}</td>
                    <td>
                      <State state={team.state} />
                    </td>
                    <td className={styles.rated}>{team.total > 0 ? `${team.rated}/${team.total} rated` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className={styles.uncommitted} data-testid="uncommitted">
              <div className={styles.uncommittedLabel}>{`Uncommitted: ${uncommitted.count} objective${uncommitted.count === 1 ? '' : 's'}`}</div>
              <div>{`${uncommitted.achieved} of ${uncommitted.planned} BV achieved`}</div>
            </div>
          </aside>
        </div>
      )}
    </section>
  );
}
