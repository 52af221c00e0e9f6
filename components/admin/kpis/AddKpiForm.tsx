'use client';

import { useState } from 'react';
import { kpiKeyFromName } from '@/lib/kpis/key';
import { Button, Field, Notice } from '../ui';
import { useAddForm } from '../ui/useAddForm';
import { KpiNameField, KpiThresholdFields, readNewKpiForm } from './KpiFields';
import styles from './kpis.module.css';

/** A new KPI; its key follows the name until typed over, and is fixed once created (feeds name the KPI by it). */
export function AddKpiForm({ trainSlug }: { trainSlug: string }) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyTyped, setKeyTyped] = useState(false);

  function changeName(next: string) {
    setName(next);
    if (!keyTyped) setKey(kpiKeyFromName(next));
  }

  const { action, added, submit } = useAddForm({
    url: '/api/admin/kpis',
    read: (data) => ({ trainSlug, ...readNewKpiForm(data) }),
    nameOf: (body) => body.name,
    afterAdd: (form) => {
      form.reset();
      setName('');
      setKey('');
      setKeyTyped(false);
    },
  });

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Add a KPI">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {added && <Notice tone="success">{`Added “${added}”.`}</Notice>}
      <div className={styles.grid}>
        <KpiNameField value={name} onChange={changeName} fieldError={action.fieldError} />
        <Field label="Key" hint="Feeds name the KPI by it; it cannot change later. Made from the name." error={action.fieldError('key')}>
          <input
            name="key"
            value={key}
            onChange={(event) => (setKey(event.target.value), setKeyTyped(true))}
            maxLength={60}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
        </Field>
      </div>
      <KpiThresholdFields fieldError={action.fieldError} />
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" busy={action.busy} busyLabel="Adding…">
          Add KPI
        </Button>
      </div>
    </form>
  );
}
