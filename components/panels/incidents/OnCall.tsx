'use client';

import { handoverText, onCallNowAndNext } from '@/lib/panels/incidents/math';
import type { IncidentsDto, OnCallRoleName } from '@/lib/panels/incidents/types';
import styles from './Incidents.module.css';

const ROLE_NAME: Record<OnCallRoleName, string> = { primary: 'Primary', secondary: 'Secondary' };

/** Who is on call now (until the hand-over) and next (from it), per role, by the wall's clock in the train's zone. */
export function OnCall({ data, now }: { data: IncidentsDto; now: Date }) {
  const zone = data.train.timeZone;
  return (
    <section className={styles.card} data-testid="incidents-oncall">
      <h2 className={styles.cardLabel}>On call</h2>
      {(['primary', 'secondary'] as const).map((role) => {
        const who = onCallNowAndNext(data.onCall[role], now);
        return (
          <div key={role} className={styles.role} data-testid={`oncall-${role}`}>
            <p className={styles.roleName}>{ROLE_NAME[role]}</p>
            {who.now ? (
              <>
                <p className={styles.person} data-testid={`oncall-${role}-now`}>
                  {who.now.person}
                </p>
                <p className={styles.shift}>
                  {who.now.contact && <span className={styles.contact}>{`${who.now.contact} · `}</span>}
                  {`until ${handoverText(who.now.until, now, zone)}`}
                </p>
              </>
            ) : (
              <p className={styles.nobody} data-testid={`oncall-${role}-now`}>
                Nobody on call
              </p>
            )}
            {who.next && (
              <p className={styles.next} data-testid={`oncall-${role}-next`}>
                {'Next: '}
                <b>{who.next.person}</b>
                {` from ${handoverText(who.next.from, now, zone)}`}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
