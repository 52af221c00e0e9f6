'use client';

import useSWR from 'swr';
import type { BurndownDto, BurndownPace } from '@/lib/panels/burndown/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { BurndownChart } from './BurndownChart';
import styles from './Burndown.module.css';

const PACE: Record<BurndownPace, { icon: string; word: string }> = {
  ahead: { icon: '▲', word: 'Ahead of plan' },
  'on-track': { icon: '●', word: 'On track' },
  behind: { icon: '▼', word: 'Behind plan' },
  done: { icon: '✔', word: 'All done' },
  'no-work': { icon: '○', word: 'No work planned' },
};

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

export default function BurndownPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<BurndownDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const unit = data.measure === 'points' ? 'points' : 'hours';
  const scopeChange = data.scopeNow - data.scopeAtStart;
  const pace = PACE[data.pace];
  return (
    <section
      className={styles.panel}
      data-panel-key={panelKey}
      data-team={data.scope === 'team' ? data.team.slug : undefined}
      data-train={data.scope === 'train' ? data.train.slug : undefined}
    >
      <header className={styles.head}>
        <h1 className={styles.team}>
          {data.team.name}
          {data.scope === 'train' && <span className={styles.allTeams}> · all teams</span>}
        </h1>
        <p className={styles.when}>
          {data.iteration
            ? `${data.iteration.name} · day ${data.iteration.dayNumber} of ${data.iteration.workingDays}`
            : 'No iteration planned'}
        </p>
      </header>
      <div className={styles.body}>
        <div className={styles.chart}>
          {data.iteration && <BurndownChart data={data} />}
          <ul className={styles.legend} aria-hidden>
            <li className={styles.legendRemaining}>Remaining</li>
            <li className={styles.legendIdeal}>Ideal</li>
            <li className={styles.legendToday}>Today</li>
            {data.scopeChanges.length > 0 && <li className={styles.legendScope}>▲ added ▼ removed</li>}
          </ul>
        </div>
        <aside className={styles.figures}>
          <div className={styles.big} data-testid="remaining-now">
            {format(data.remainingNow)}
          </div>
          <div className={styles.unit}>{unit} remaining</div>
          <div className={`${styles.pace} ${styles[data.pace]}`} data-testid="pace">
            <span aria-hidden>{pace.icon}</span> {pace.word}
          </div>
          <dl className={styles.facts}>
            <div>
              <dt>Ideal today</dt>
              <dd>{format(data.idealNow)}</dd>
            </div>
            <div>
              <dt>Committed</dt>
              <dd>{format(data.ideal[0] ?? 0)}</dd>
            </div>
            {data.measure === 'points' && scopeChange !== 0 && (
              <div>
                <dt>Scope change</dt>
                <dd className={styles.scope} data-testid="scope-change">{`${scopeChange > 0 ? '+' : '−'}${format(Math.abs(scopeChange))}`}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </section>
  );
}
