'use client';

import useSWR from 'swr';
import { boardOutOfDate, countdownText, shortCalendarDate, standOuts } from '@/lib/panels/releases/math';
import type { ReleasesDto } from '@/lib/panels/releases/types';
import { todayIn } from '@/lib/time/calendar';
import { PanelMessage } from '../PanelErrorBoundary';
import { useRefetchWhenOutOfDate } from '../useRefetchWhenOutOfDate';
import { useWallClock } from '../useWallClock';
import { DeploymentCell, GateChip } from './Marks';
import styles from './Releases.module.css';

const TICK_MS = 30_000;

/** The train's departure board: each release, its countdown, where its version is deployed, and its gates. */
export default function ReleasesPanel({ panelKey }: { panelKey: string }) {
  const { data, mutate } = useSWR<ReleasesDto>(panelKey);
  const now = useWallClock(data?.asOf, TICK_MS);
  const timeZone = data?.train.timeZone ?? 'UTC';
  const today = todayIn(timeZone, now);
  // Countdowns move at midnight on their own; departed releases roll off, so the data is fetched again once,
  // after a random 0-60 s so that every screen does not ask at once.
  const asOfToday = data ? todayIn(timeZone, new Date(data.asOf)) : null;
  const outOfDate = asOfToday !== null && boardOutOfDate(asOfToday, today);
  useRefetchWhenOutOfDate(panelKey, asOfToday, outOfDate, mutate);

  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;
  const more = data.total - data.releases.length;
  const columns = { gridTemplateColumns: `minmax(0, 2fr) minmax(0, 1.9fr) repeat(${Math.max(1, data.environments.length)}, minmax(0, 1fr))` };
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          Departures<span className={styles.subtitle}> · releases</span>
        </h1>
        <p className={styles.when}>{data.train.name}</p>
      </header>
      {data.releases.length === 0 ? (
        <p className={styles.empty} data-testid="releases-empty">
          No releases scheduled
        </p>
      ) : (
        <div className={styles.board}>
          <div className={styles.columns} style={columns} aria-hidden>
            <span>Release</span>
            <span>Due</span>
            {data.environments.map((e) => (
              <span key={e.key}>{e.name}</span>
            ))}
          </div>
          <ol className={styles.list} data-testid="releases-list">
            {data.releases.map((release, index) => {
              const alerts = standOuts(release, today);
              const departed = release.releasedAt !== null;
              return (
                <li
                  key={release.key}
                  className={`${styles.row} ${alerts.length > 0 ? styles.alert : ''} ${departed ? styles.departed : ''}`}
                  data-release-key={release.key}
                  data-stands-out={alerts.map((a) => a.kind).join(' ')}
                >
                  <div className={styles.main} style={columns}>
                    <div className={styles.what}>
                      <p className={styles.name}>
                        {release.name} <span className={styles.version}>{release.version}</span>
                      </p>
                      <p className={styles.meta}>
                        {`${shortCalendarDate(release.targetDate)}${release.major ? ' · major' : ''}`}
                      </p>
                    </div>
                    <div className={styles.due}>
                      <p className={styles.countdown} data-testid={index === 0 ? 'release-countdown' : undefined} suppressHydrationWarning>
                        {countdownText(release, today)}
                      </p>
                      {alerts.map((a) => (
                        <p key={a.kind} className={styles.flag} data-testid="release-stand-out" suppressHydrationWarning>
                          {`⚠ ${a.text}`}
                        </p>
                      ))}
                    </div>
                    {data.environments.map((e, i) => (
                      <DeploymentCell key={e.key} environment={e.name} deployment={release.deployments[i] ?? null} timeZone={timeZone} />
                    ))}
                  </div>
                  <div className={styles.gates}>
                    {release.gates.map((gate) => (
                      <GateChip key={gate.gate} gate={gate} timeZone={timeZone} />
                    ))}
                  </div>
                </li>
              );
            })}
          </ol>
          {more > 0 && <p className={styles.more}>{`+${more} more`}</p>}
        </div>
      )}
    </section>
  );
}
