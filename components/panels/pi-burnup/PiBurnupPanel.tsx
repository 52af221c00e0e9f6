'use client';

import useSWR from 'swr';
import type { BurnupOutlook, PiBurnupDto } from '@/lib/panels/pi-burnup/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { PiBurnupChart } from './PiBurnupChart';
import styles from './PiBurnup.module.css';

/** An icon beside the words, so the outlook never rests on colour alone. */
const ICON: Record<BurnupOutlook, string> = {
  'on-track': '●',
  'at-risk': '⚠',
  'off-track': '✖',
  done: '✔',
  'no-scope': '○',
  'not-started': '○',
};

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
/** "PI 26.4" whether the tracker names it "26.4" or "PI 26.4". */
const piLabel = (name: string) => (/^pi\b/i.test(name) ? name : `PI ${name}`);
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

export default function PiBurnupPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<PiBurnupDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const unit = data.measure === 'points' ? 'points' : 'features';
  const pi = data.pi;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          {data.train.name}
          <span className={styles.subtitle}> · PI burnup</span>
        </h1>
        <p className={styles.when}>
          {pi ? `${piLabel(pi.name)} · ${pi.nowIndex === 0 ? 'not started' : `iteration ${pi.nowIndex} of ${pi.iterations}`}` : 'No PI planned'}
        </p>
      </header>
      <div className={styles.body}>
        <div className={styles.chart}>
          {pi && <PiBurnupChart data={data} />}
          <ul className={styles.legend} aria-hidden>
            <li className={styles.legendCompleted}>Completed</li>
            <li className={styles.legendScope}>Scope</li>
            <li className={styles.legendForecast}>Forecast</li>
            {pi && pi.nowIndex > 0 && <li className={styles.legendNow}>Now</li>}
          </ul>
        </div>
        <aside className={styles.figures}>
          <div className={styles.numbers}>
            <span className={styles.big} data-testid="completed-now">
              {format(data.completedNow)}
            </span>
            <span className={styles.of}>
              of <span data-testid="scope-now">{format(data.scopeNow)}</span>
            </span>
          </div>
          <div className={styles.unit}>{unit} done</div>
          <p className={`${styles.outlook} ${styles[data.outlook]}`} data-testid="outlook">
            <span aria-hidden>{ICON[data.outlook]}</span> {capitalised(data.words)}
          </p>
          {pi && pi.nowIndex > 0 && data.outlook !== 'done' && (
            <dl className={styles.facts}>
              <div>
                <dt>Forecast at PI end</dt>
                <dd>{format(data.forecastEnd)}</dd>
              </div>
              <div>
                <dt>Still to do</dt>
                <dd>{format(Math.max(0, data.scopeNow - data.completedNow))}</dd>
              </div>
            </dl>
          )}
        </aside>
      </div>
    </section>
  );
}
