'use client';

import useSWR from 'swr';
import { ageLabel, averageAgeLabel, escalatedLabel, idleLabel, moreLabel, teamStrip, trendTotals, weekOfPiLabel } from '@/lib/panels/impediments/math';
import type { ImpedimentsDto } from '@/lib/panels/impediments/types';
import { piLabel } from '@/lib/panels/objectives/math';
import { PanelMessage } from '../PanelErrorBoundary';
import { ImpedimentsTrend, TREND_COLORS } from './ImpedimentsTrend';
import styles from './Impediments.module.css';
import { useRowsThatFit } from './useRowsThatFit';

/** Per-team counts the list has room for (two columns, three rows); more busy teams share one "+N teams" entry. */
const TEAM_TILES = 6;

function OldestList({ data }: { data: ImpedimentsDto }) {
  const { box, shown } = useRowsThatFit(data.oldest);
  const more = moreLabel(data.open.total, shown);
  return (
    <>
      <ol className={styles.oldest} ref={box} data-testid="impediments-oldest">
        {data.oldest.slice(0, shown).map((item) => (
          <li key={item.key} className={styles.row} data-escalated={item.escalated}>
            <span className={styles.age} data-testid="impediment-age">
              {ageLabel(item.ageDays)}
            </span>
            <div className={styles.what}>
              <p className={styles.itemTitle}>{item.title}</p>
              <p className={styles.itemMeta}>
                {item.escalated && (
                  <span className={styles.escalatedBadge}>
                    <span aria-hidden>▲</span> Escalated ·{' '}
                  </span>
                )}
                {item.team ?? 'Train'} · {item.owner ?? <em className={styles.noOwner}>No owner</em>}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {more && (
        <p className={styles.more} data-testid="impediments-more">
          {more}
        </p>
      )}
    </>
  );
}

export default function ImpedimentsPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<ImpedimentsDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const { open, pi, trend } = data;
  const strip = teamStrip(data.teams, TEAM_TILES);
  const idle = idleLabel(strip.idle);
  const week = weekOfPiLabel(trend);
  const totals = trendTotals(trend);
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>Impediments</h1>
        <p className={styles.when}>{pi ? [piLabel(pi.name), week].filter(Boolean).join(' · ') : 'No PI planned'}</p>
      </header>
      <div className={styles.body}>
        <aside className={styles.side}>
          <div className={styles.hero}>
            <div>
              <p className={styles.label}>Open</p>
              <p className={styles.big} data-testid="impediments-open-total">
                {open.total}
              </p>
            </div>
            <div className={styles.facts}>
              <p className={`${styles.escalated} ${open.escalated > 0 ? styles.warn : ''}`} data-testid="impediments-escalated">
                {open.escalated > 0 && <span aria-hidden>▲ </span>}
                {escalatedLabel(open.escalated)}
              </p>
              <p className={styles.average}>
                <strong data-testid="impediments-average-age">{averageAgeLabel(open.averageAgeDays)}</strong>
                <br />
                average age
              </p>
            </div>
          </div>
          <ul className={styles.teams} aria-label="Open impediments per team">
            {strip.busy.map((team) => (
              <li key={team.slug ?? ':train'} className={styles.team} data-team-open={team.slug ?? 'train'}>
                <span className={styles.count}>{team.open}</span>
                <span className={styles.teamName}>{team.name}</span>
              </li>
            ))}
            {strip.more && (
              <li className={styles.team}>
                <span className={styles.count}>{strip.more.open}</span>
                <span className={styles.teamName}>{`+${strip.more.teams} teams`}</span>
              </li>
            )}
            {idle && (
              <li className={`${styles.team} ${styles.idle}`} data-team-open="none">
                <span className={styles.idleCount}>0</span>
                <span className={styles.idleNames}>{idle}</span>
              </li>
            )}
          </ul>
          <figure className={styles.trend}>
            <figcaption className={styles.caption}>Opened vs resolved per week</figcaption>
            {trend.length > 0 ? (
              <>
                <div className={styles.canvas}>
                  <ImpedimentsTrend weeks={trend} panelKey={panelKey} openTotal={open.total} />
                </div>
                <ul className={styles.legend}>
                  <li>
                    <span className={styles.swatch} style={{ background: TREND_COLORS.opened }} aria-hidden />
                    {`Opened ${totals.opened}`}
                  </li>
                  <li>
                    <span className={styles.swatch} style={{ background: TREND_COLORS.resolved }} aria-hidden />
                    {`Resolved ${totals.resolved}`}
                  </li>
                </ul>
              </>
            ) : (
              <p className={styles.noTrend}>No current PI to chart.</p>
            )}
          </figure>
        </aside>
        <div className={styles.main}>
          <h2 className={styles.listTitle}>Oldest open</h2>
          {open.total === 0 ? (
            <p className={styles.clear} data-testid="impediments-none">
              <span aria-hidden>✔</span> No open impediments
            </p>
          ) : (
            <OldestList data={data} />
          )}
        </div>
      </div>
    </section>
  );
}
