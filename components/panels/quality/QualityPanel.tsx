'use client';

import type { ReactNode } from 'react';
import useSWR from 'swr';
import { piLabel } from '@/lib/panels/cadence/math';
import {
  buildsVerdict,
  coverageVerdict,
  greenRepositories,
  growthVerdict,
  openItemsVerdict,
  passRateVerdict,
  percentText,
  streakText,
  type Verdict,
} from '@/lib/panels/quality/math';
import type { FindingSource, QualityDto, QualitySeverity, RepositoryBuilds } from '@/lib/panels/quality/types';
import { PanelMessage } from '../PanelErrorBoundary';
import { Sparkline } from './Sparkline';
import styles from './Quality.module.css';

const SEVERITY_WORD: Record<QualitySeverity, string> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low' };
const SOURCE_WORD: Record<FindingSource, string> = { sast: 'SAST', dependency: 'Dependency', dast: 'DAST' };
/** Repositories listed in the builds tile: what fits at a size read from 3 m, red ones first. */
const LISTED_REPOSITORIES = 4;

/** One tile: what it measures, one big number, a verdict in icon and word, a fact or two, and a small trend. */
function Tile(props: { testId: string; label: string; big: string; bigTestId: string; verdict: Verdict; width?: 'narrow' | 'wide'; children?: ReactNode }) {
  const width = props.width ? styles[props.width] : '';
  return (
    <article className={`${styles.tile} ${width} ${styles[props.verdict.tone]}`} data-testid={props.testId} data-tone={props.verdict.tone}>
      <h2 className={styles.label}>{props.label}</h2>
      <div className={styles.headline}>
        <p className={styles.big} data-testid={props.bigTestId}>
          {props.big}
        </p>
        <p className={styles.verdict}>
          <span aria-hidden>{props.verdict.icon}</span> {props.verdict.word}
        </p>
      </div>
      {props.children}
    </article>
  );
}

function severityLine(bySeverity: { severity: QualitySeverity; count: number }[]): string {
  const some = bySeverity.filter((s) => s.count > 0);
  // No-break spaces keep "3 high" whole and the dot at the end of a line, never at the start of the next.
  return some.length === 0 ? 'None open' : some.map((s) => `${s.count}\u00a0${SEVERITY_WORD[s.severity]}`).join('\u00a0· ');
}

/** The coverage tile's key: which line is branch coverage and which the target, each with its figure. */
function CoverageLegend({ branchPct, targetPct, components }: { branchPct: number | null; targetPct: number | null; components: number }) {
  if (branchPct === null && targetPct === null) return <p className={styles.fact}>{`${components} components`}</p>;
  return (
    <p className={styles.fact} data-testid="quality-coverage-legend">
      {branchPct !== null && (
        <span>
          <span className={`${styles.swatch} ${styles.swatchSecond}`} aria-hidden />
          {`Branch ${branchPct.toFixed(1)}\u00a0%`}
        </span>
      )}
      {branchPct !== null && targetPct !== null && ' · '}
      {targetPct !== null && (
        <span>
          <span className={`${styles.swatch} ${styles.swatchLevel}`} aria-hidden />
          {`target ${targetPct.toFixed(0)}\u00a0%`}
        </span>
      )}
    </p>
  );
}

function BuildRow({ repo }: { repo: RepositoryBuilds }) {
  return (
    <li className={styles.repo} data-repository={repo.repository} data-streak={`${repo.streak.status}:${repo.streak.count}`}>
      <span className={styles.repoName}>{repo.repository}</span>
      <span className={styles.marks} role="img" aria-label={`Last builds: ${repo.marks.map((m) => (m === 'succeeded' ? 'passed' : 'failed')).join(', ')}`}>
        {repo.marks.map((mark, i) => (
          <span key={i} className={mark === 'succeeded' ? styles.pass : styles.fail}>
            {mark === 'succeeded' ? '✔' : '✖'}
          </span>
        ))}
      </span>
      <span className={`${styles.streak} ${repo.streak.status === 'failed' ? styles.failText : ''}`}>{streakText(repo.streak)}</span>
    </li>
  );
}

export default function QualityPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<QualityDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;
  const { tests, coverage, defects, builds, security } = data;
  const trendSpan = data.pi ? piLabel(data.pi.name) : 'last 10 weeks';
  const listed = builds.slice(0, LISTED_REPOSITORIES);
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>
          Quality<span className={styles.subtitle}> · is the product healthy?</span>
        </h1>
        <p className={styles.when}>{`${data.train.name} · trends: ${trendSpan}`}</p>
      </header>
      <div className={styles.grid}>
        <Tile testId="quality-tests" label="Tests passing" big={percentText(tests.passRate)} bigTestId="quality-pass-rate" verdict={passRateVerdict(tests.passRate)}>
          <p className={styles.fact}>
            {tests.suites === 0
              ? 'No test run yet'
              : tests.failingSuites.length === 0
                ? `Latest run of ${tests.suites} suites`
                : `${tests.failed.toLocaleString('en-GB')} failed in ${tests.failingSuites.join(', ')}`}
          </p>
          <Sparkline trend={tests.passRateTrend} label={`Pass rate per day, ${trendSpan}`} />
        </Tile>
        <Tile
          testId="quality-test-count"
          label="Automated tests"
          big={tests.suites === 0 ? '–' : (tests.passed + tests.failed + tests.skipped).toLocaleString('en-GB')}
          bigTestId="quality-test-count-value"
          verdict={tests.suites === 0 ? passRateVerdict(null) : growthVerdict(tests.countTrend)}
        >
          <p className={styles.fact}>{`${tests.skipped.toLocaleString('en-GB')} skipped`}</p>
          <Sparkline trend={tests.countTrend} label={`Automated tests per day, ${trendSpan}`} />
        </Tile>
        <Tile testId="quality-coverage" label="Line coverage" big={coverage.linePct === null ? '–' : `${coverage.linePct.toFixed(1)} %`} bigTestId="quality-coverage-value" verdict={coverageVerdict(coverage.linePct, coverage.targetPct)}>
          <CoverageLegend branchPct={coverage.branchPct} targetPct={coverage.targetPct} components={coverage.components} />
          <Sparkline
            trend={coverage.lineTrend}
            second={coverage.branchTrend}
            level={coverage.targetPct}
            label={`Line coverage (blue) and branch coverage (yellow) per day against the target (dashed), ${trendSpan}`}
          />
        </Tile>
        <Tile width="narrow" testId="quality-defects" label="Open defects" big={String(defects.open)} bigTestId="quality-defects-open" verdict={openItemsVerdict(defects.bySeverity)}>
          <p className={styles.fact}>{severityLine(defects.bySeverity)}</p>
          <p className={styles.fact} data-testid="quality-escaped">{`${defects.escapedThisPi} escaped to production ${data.pi ? 'this PI' : ''}`.trim()}</p>
          <Sparkline trend={defects.openTrend} label={`Open defects per week, ${trendSpan}`} />
        </Tile>
        <Tile
          width="wide"
          testId="quality-builds"
          label="Main branch builds"
          big={builds.length === 0 ? '–' : `${greenRepositories(builds)}/${builds.length}`}
          bigTestId="quality-builds-green"
          verdict={buildsVerdict(builds)}
        >
          <ul className={styles.repos}>
            {listed.map((repo) => (
              <BuildRow key={repo.repository} repo={repo} />
            ))}
          </ul>
          {builds.length > listed.length && <p className={styles.fact}>{`and ${builds.length - listed.length} more`}</p>}
        </Tile>
        <Tile width="narrow" testId="quality-security" label="Security findings" big={String(security.open)} bigTestId="quality-security-open" verdict={openItemsVerdict(security.bySeverity)}>
          <p className={styles.fact}>{security.bySource.map((s) => `${SOURCE_WORD[s.source]}\u00a0${s.count}`).join('\u00a0· ')}</p>
          <p className={styles.fact}>{severityLine(security.bySeverity)}</p>
          <Sparkline trend={security.openTrend} label={`Open security findings per week, ${trendSpan}`} />
        </Tile>
      </div>
    </section>
  );
}
