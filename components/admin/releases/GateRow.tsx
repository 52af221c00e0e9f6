'use client';

import { GATE_LONG, GATE_STATE } from '@/lib/panels/releases/math';
import type { ReleaseGateState } from '@/lib/panels/releases/types';
import type { ConsoleGate } from '@/lib/releases/types';
import { Button, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './releases.module.css';

const DECISIONS: { state: ReleaseGateState; label: string }[] = [
  { state: 'approved', label: 'Approve' },
  { state: 'rejected', label: 'Reject' },
  { state: 'not_needed', label: 'Not needed' },
  { state: 'pending', label: 'Pending' },
];

function decisionText(gate: ConsoleGate, major: boolean): string {
  const { icon, word } = GATE_STATE[gate.state];
  if (gate.gate === 'ato' && !major) return `${icon} not needed: not a major release`;
  const who = [gate.decidedBy, gate.decidedAt?.slice(0, 10)].filter(Boolean).join(', ');
  return [`${icon} ${word}${who ? ` · ${who}` : ''}`, gate.note].filter(Boolean).join(' — ');
}

/** A gate: what was decided, by whom and when, and one tap to decide it again. */
export function GateRow({
  releaseId,
  releaseTitle,
  gate,
  major,
  note,
  onDecided,
}: {
  releaseId: number;
  releaseTitle: string;
  gate: ConsoleGate;
  major: boolean;
  note: string;
  onDecided: () => void;
}) {
  const action = useAdminAction();
  const name = GATE_LONG[gate.gate];
  // The ATO of a release that is not major is not needed, whatever is recorded: mark the release major first.
  const fixed = gate.gate === 'ato' && !major;

  async function decide(state: ReleaseGateState) {
    const result = await action.run('PUT', `/api/admin/releases/${releaseId}/gates/${gate.gate}`, { state, note: note.trim() === '' ? null : note });
    if (result.ok) onDecided();
  }

  return (
    <li className={styles.gate} data-gate={gate.gate} data-state={gate.state}>
      <p className={styles.gateName}>{name}</p>
      <p className={styles.gateState}>{decisionText(gate, major)}</p>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {!fixed && (
        <div className={styles.decisions}>
          {DECISIONS.map((d) => (
            <Button
              key={d.state}
              variant={d.state === 'rejected' ? 'danger' : d.state === 'approved' ? 'primary' : 'secondary'}
              aria-pressed={gate.state === d.state}
              aria-label={`${d.label}: ${name} of ${releaseTitle}`}
              disabled={action.busy}
              onClick={() => void decide(d.state)}
            >
              {d.label}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
