'use client';

import type { ReactNode } from 'react';
import useSWR from 'swr';
import { formatDays, formatPercent, piLabel, TREND_WORDS } from '@/lib/panels/flow/math';
import type { FlowDto, WorkType } from '@/lib/panels/flow/types';
import type { PredictabilityState } from '@/lib/panels/objectives/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { CHART_COLORS } from '../chart-setup';
import { Columns, Meter, ShareBar, Sparkline } from './FlowCharts';
import styles from './Flow.module.css';

const TYPES: Record<WorkType, { name: string; color: string }> = {
  features: { name: 'Features', color: CHART_COLORS.blue },
  enablers: { name: 'Enablers', color: CHART_COLORS.yellow },
  defects: { name: 'Defects', color: CHART_COLORS.red },
  risks: { name: 'Risks', color: CHART_COLORS.grey },
};

/** An icon beside the words, so the state never rests on colour alone. */
const PREDICTABILITY: Record<PredictabilityState, { icon: string; word: string }> = {
  predictable: { icon: '✔', word: 'Predictable' },
  above: { icon: '▲', word: 'Above target' },
  below: { icon: '▼', word: 'Below target' },
  unrated: { icon: '○', word: 'Not rated yet' },
  none: { icon: '○', word: 'No objectives' },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function Tile(props: { name: string; testId: string; big: string; word: ReactNode; detail?: string; state?: string; children?: ReactNode }) {
  return (
    <article className={styles.tile} data-testid={props.testId}>
      <h2 className={styles.name}>{props.name}</h2>
      <div className={styles.big} data-testid={`${props.testId}-value`}>
        {props.big}
      </div>
      <p className={`${styles.word} ${props.state ? styles[props.state] : ''}`}>{props.word}</p>
      <div className={styles.chart}>{props.children}</div>
      {props.detail && <p className={styles.detail}>{props.detail}</p>}
    </article>
  );
}

export default function FlowPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<FlowDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const { distribution, velocity, time, load, efficiency, predictability } = data;
  const features = distribution.types.find((t) => t.type === 'features');
  const trend = TREND_WORDS[load.direction];
  const state = PREDICTABILITY[predictability.state];
  const band = `target ${predictability.target.low}–${predictability.target.high} %`;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          {data.train.name}
          <span className={styles.subtitle}> · Flow</span>
        </h1>
        <p className={styles.when}>{data.pi ? `${piLabel(data.pi.name)} · all teams` : 'No PI planned · all teams'}</p>
      </header>
      <div className={styles.grid}>
        <Tile
          name="Distribution"
          testId="flow-distribution"
          big={distribution.total > 0 ? formatPercent(features?.percent ?? 0) : '–'}
          word={distribution.total > 0 ? 'of the PI’s work is features' : 'No work planned in the PI'}
        >
          {distribution.total > 0 && (
            <>
              <ShareBar
                label="Work by type"
                segments={distribution.types.map((t) => ({ value: t.count, color: TYPES[t.type].color, text: t.percent > 0 ? `${t.percent} %` : '' }))}
              />
              <ul className={styles.legend}>
                {distribution.types.map((t) => (
                  <li key={t.type}>
                    <span className={styles.swatch} style={{ background: TYPES[t.type].color }} aria-hidden />
                    {TYPES[t.type].name} {t.count} · {t.percent} %
                  </li>
                ))}
              </ul>
            </>
          )}
        </Tile>

        <Tile
          name="Velocity"
          testId="flow-velocity"
          big={velocity.headline ? String(velocity.headline.items) : '–'}
          word={velocity.headline ? `items done ${velocity.headline.finished ? 'in' : 'so far in'} ${velocity.headline.name}` : 'No iteration started yet'}
          detail={velocity.headline ? `${format(velocity.headline.points)} points` : undefined}
        >
          {velocity.iterations.length > 0 && (
            <Columns
              label="Items done per iteration"
              labels={velocity.iterations.map((it) => `I${it.number}`)}
              values={velocity.iterations.map((it) => it.items)}
              texts={velocity.iterations.map((it) => String(it.items))}
              color={CHART_COLORS.blue}
            />
          )}
        </Tile>

        <Tile
          name="Flow time"
          testId="flow-time"
          big={formatDays(time.medianDays)}
          word={time.items > 0 ? `median · 85 % ≤ ${formatDays(time.p85Days)}` : 'Nothing done in the PI yet'}
          detail={time.items > 0 ? `${plural(time.items, 'item')} done, by days taken` : undefined}
        >
          {time.items > 0 && (
            <Columns
              label="Items by flow time in days"
              labels={time.histogram.map((b) => b.label)}
              values={time.histogram.map((b) => b.count)}
              texts={time.histogram.map((b) => (b.count > 0 ? String(b.count) : ''))}
              color={CHART_COLORS.grey}
            />
          )}
        </Tile>

        <Tile
          name="Load"
          testId="flow-load"
          big={String(load.now)}
          word={
            <>
              <span aria-hidden>{trend.icon}</span> {trend.word} · in progress
            </>
          }
          state={load.direction}
          detail="Work in progress, last 10 working days"
        >
          <Sparkline
            label="Work in progress over the last 10 working days"
            labels={load.trend.map((p) => p.label)}
            values={load.trend.map((p) => p.count)}
            panelKey={panelKey}
            now={load.now}
          />
        </Tile>

        <Tile
          name="Efficiency"
          testId="flow-efficiency"
          big={formatPercent(efficiency.percent)}
          word={efficiency.percent === null ? 'Nothing done in the PI yet' : 'of flow time was active work'}
          detail={efficiency.items > 0 ? `over ${plural(efficiency.items, 'item')} done` : undefined}
        >
          {efficiency.percent !== null && <Meter label="Active share of flow time" value={efficiency.percent} max={100} color={CHART_COLORS.blue} />}
        </Tile>

        <Tile
          name="Predictability"
          testId="flow-predictability"
          big={formatPercent(predictability.percent)}
          word={
            <>
              <span aria-hidden>{state.icon}</span> {state.word}
            </>
          }
          state={predictability.state}
          detail={`ART objectives · ${band}`}
        >
          {predictability.percent !== null && (
            <Meter
              label={`ART predictability against the ${band}`}
              value={predictability.percent}
              max={Math.max(120, Math.ceil(predictability.percent / 20) * 20)}
              color={CHART_COLORS.blue}
              band={predictability.target}
            />
          )}
        </Tile>
      </div>
    </section>
  );
}
