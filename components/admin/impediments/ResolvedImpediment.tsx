'use client';

import type { ImpedimentItem } from '@/lib/impediments/types';
import { ageLabel } from '@/lib/panels/impediments/math';
import { Button, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { ImpedimentMeta } from './OpenImpediment';
import styles from './impediments.module.css';

/** A recently resolved impediment, with Reopen for one resolved too soon. */
export function ResolvedImpediment({ impediment }: { impediment: ImpedimentItem }) {
  const action = useAdminAction();
  const age = impediment.ageDays === 0 ? 'resolved the day it was opened' : `resolved after ${ageLabel(impediment.ageDays)}`;
  return (
    <li className={styles.item} data-impediment-id={impediment.id}>
      <h3 className={styles.title}>{impediment.title}</h3>
      <ImpedimentMeta impediment={impediment} age={age} />
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {impediment.editable && (
        <div className={styles.buttons}>
          <Button
            busy={action.busy}
            busyLabel="Reopening…"
            onClick={() => void action.run('PATCH', `/api/admin/impediments/${impediment.id}`, { resolved: false })}
            aria-label={`Reopen “${impediment.title}”`}
          >
            Reopen
          </Button>
        </div>
      )}
    </li>
  );
}
