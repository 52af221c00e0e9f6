import { boardName, dayMonth, DEPLOYMENT_STATE, GATE_SHORT, GATE_STATE, shortDate } from '@/lib/panels/releases/math';
import type { BoardDeployment, BoardGate } from '@/lib/panels/releases/types';
import styles from './Releases.module.css';

/** This release's version in one environment: icon and word, and when. */
export function DeploymentCell({ environment, deployment, timeZone }: { environment: string; deployment: BoardDeployment; timeZone: string }) {
  const state = deployment?.status ?? 'none';
  const { icon, word } = DEPLOYMENT_STATE[state];
  return (
    <div className={`${styles.env} ${styles[`env_${state}`]}`} data-environment={environment} data-state={state} title={environment}>
      <p className={styles.envState}>
        <span className={styles.icon} aria-hidden>
          {icon}
        </span>{' '}
        {word}
      </p>
      {deployment && deployment.status !== 'in_progress' && <p className={styles.envWhen}>{shortDate(deployment.at, timeZone)}</p>}
    </div>
  );
}

/** One gate: its short name, icon and state word; who and when once decided. */
export function GateChip({ gate, timeZone }: { gate: BoardGate; timeZone: string }) {
  const { icon, word } = GATE_STATE[gate.state];
  const decided = gate.state === 'approved' || gate.state === 'rejected';
  const who = [gate.decidedBy && boardName(gate.decidedBy), gate.decidedAt && dayMonth(gate.decidedAt, timeZone)].filter(Boolean).join(' · ');
  return (
    <div className={`${styles.gate} ${styles[`gate_${gate.state}`]}`} data-gate={gate.gate} data-state={gate.state}>
      <p className={styles.gateState}>
        <span className={styles.icon} aria-hidden>
          {icon}
        </span>{' '}
        <b>{GATE_SHORT[gate.gate]}</b> {word}
      </p>
      {decided && who && <p className={styles.gateWho}>{who}</p>}
    </div>
  );
}
