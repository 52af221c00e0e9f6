'use client';

import useSWR from 'swr';
import { piLabel } from '@/lib/panels/objectives/math';
import { ageLabel, IMPACT_LABEL, moreLabel, ROAM_LABEL } from '@/lib/panels/risks/math';
import type { RisksDto, RoamGroup } from '@/lib/panels/risks/types';
import { PanelMessage } from '../PanelErrorBoundary';
import styles from './Risks.module.css';

/**
 * A state's top risks: title, impact in word and icon, owner, age; "+N more" when they do not all fit. The
 * "Not yet ROAMed" list, wider, also names the team: whom the RTE goes to.
 */
function RiskList({ group, withTeam = false }: { group: RoamGroup; withTeam?: boolean }) {
  if (group.count === 0) return <p className={styles.none}>None</p>;
  return (
    <ul className={styles.items}>
      {group.items.map((item) => {
        const impact = IMPACT_LABEL[item.impact];
        return (
          <li key={item.key} className={styles.item} data-risk-key={item.key}>
            <p className={styles.itemTitle}>{item.title}</p>
            <p className={styles.itemMeta}>
              <span className={`${styles.impact} ${styles[item.impact]}`}>
                <span aria-hidden>{impact.icon}</span> {impact.word}
              </span>
              {withTeam && <span className={`${styles.name} ${styles.team}`}>{item.team ?? 'Whole train'}</span>}
              <span className={`${styles.name} ${item.owner ? styles.owner : styles.noOwner}`}>{item.owner ?? 'No owner'}</span>
              <span className={styles.age}>{ageLabel(item.ageDays)}</span>
            </p>
          </li>
        );
      })}
      {group.more > 0 && <li className={styles.more}>{moreLabel(group.more)}</li>}
    </ul>
  );
}

function Quadrant({ group }: { group: RoamGroup }) {
  const label = ROAM_LABEL[group.state];
  return (
    <section className={`${styles.quadrant} ${styles[group.state]}`} data-roam={group.state}>
      <header className={styles.quadrantHead}>
        <h2 className={styles.quadrantLabel}>
          <span aria-hidden>{label.icon}</span> {label.word}
        </h2>
        <span className={styles.quadrantCount} data-testid={`risks-${group.state}`}>
          {group.count}
        </span>
      </header>
      <RiskList group={group} />
    </section>
  );
}

export default function RisksPanel({ panelKey }: { panelKey: string }) {
  const { data } = useSWR<RisksDto>(panelKey);
  if (!data) return <PanelMessage title="Waiting for data" detail={panelKey} />;

  const { pi, unroamed } = data;
  const scope = pi ? piLabel(pi.name) : data.train.name;
  return (
    <section className={styles.panel} data-panel-key={panelKey} data-train={data.train.slug}>
      <header className={styles.head}>
        <h1 className={styles.title}>Risks</h1>
        <p className={styles.when}>{`ROAM · ${scope}${pi ? '' : ' · no current PI'} · ${data.total} risk${data.total === 1 ? '' : 's'}`}</p>
      </header>
      {data.total === 0 ? (
        <p className={styles.empty}>{`No risks recorded for ${scope} yet.`}</p>
      ) : (
        <div className={styles.body}>
          <section className={styles.unroamed} data-roam="unroamed">
            <h2 className={styles.unroamedLabel}>
              <span aria-hidden>{ROAM_LABEL.unroamed.icon}</span> {ROAM_LABEL.unroamed.word}
            </h2>
            <div className={styles.unroamedCount} data-testid="risks-unroamed">
              {unroamed.count}
            </div>
            <p className={styles.unroamedHint}>{unroamed.count > 0 ? 'Need an owner and a decision' : 'Every risk has been ROAMed'}</p>
            {unroamed.count > 0 && <RiskList group={unroamed} withTeam />}
          </section>
          <div className={styles.board}>
            {data.quadrants.map((group) => (
              <Quadrant key={group.state} group={group} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
