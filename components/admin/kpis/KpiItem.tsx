'use client';

import { useState, type FormEvent } from 'react';
import type { KpiSummary } from '@/lib/kpis/types';
import { formatKpiValue, KPI_STATUS_LABEL, targetLabel } from '@/lib/panels/kpis/math';
import { Button, EditFormButtons, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import { KpiNameField, KpiThresholdFields, readKpiForm } from './KpiFields';
import styles from './kpis.module.css';

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** One KPI: its latest value and status, a quick "Record a value", Edit in place, Delete after a second click. */
export function KpiItem({ kpi }: { kpi: KpiSummary }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const change = useAdminAction();
  const record = useAdminAction();
  const url = `/api/admin/kpis/${kpi.id}`;
  const status = KPI_STATUS_LABEL[kpi.status];

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await change.run('PATCH', url, readKpiForm(new FormData(event.currentTarget)));
    if (result.ok) setMode('view');
  }

  async function recordValue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const raw = String(new FormData(formElement).get('value') ?? '').trim();
    const result = await record.run('POST', `${url}/values`, { value: raw === '' ? null : Number(raw) });
    if (result.ok) formElement.reset();
  }

  if (mode === 'edit') {
    return (
      <li className={styles.item} data-kpi-id={kpi.id}>
        <form className={styles.form} onSubmit={save} noValidate aria-label={`Edit “${kpi.name}”`}>
          {change.error && <Notice tone="error">{change.error}</Notice>}
          <div className={styles.grid}>
            <KpiNameField defaultValue={kpi.name} fieldError={change.fieldError} />
            <div className={styles.fixedKey}>
              <span className={styles.fixedKeyLabel}>Key</span>
              <code>{kpi.key}</code>
              <span className={styles.muted}>Fixed: feeds name the KPI by it.</span>
            </div>
          </div>
          <KpiThresholdFields kpi={kpi} fieldError={change.fieldError} />
          <EditFormButtons busy={change.busy} onCancel={() => (change.clear(), setMode('view'))} />
        </form>
      </li>
    );
  }

  const valueError = record.fieldError('value');
  return (
    <li className={`${styles.item} ${styles.viewItem}`} data-kpi-id={kpi.id}>
      <div className={styles.summary}>
        <div className={styles.itemHead}>
          <h3 className={styles.title}>{kpi.name}</h3>
          <code className={styles.key}>{kpi.key}</code>
        </div>
        <p className={styles.latest}>
          <span className={styles.value} data-testid="console-kpi-value">
            {kpi.value === null ? '–' : formatKpiValue(kpi.value, kpi.unit)}
          </span>
          <span className={`${styles.state} ${styles[kpi.status]}`} data-status={kpi.status}>
            <span aria-hidden>{status.icon}</span> {status.word}
          </span>
        </p>
        <p className={styles.meta}>
          {`${targetLabel(kpi, kpi.unit)} · amber until ${formatKpiValue(kpi.warnAt, kpi.unit)} · position ${kpi.position}`}
          {kpi.observedAt && ` · latest ${utc(kpi.observedAt)}`}
        </p>
      </div>
      <div className={styles.actions}>
        <form className={styles.record} onSubmit={recordValue} noValidate aria-label={`Record a value of “${kpi.name}”`}>
          <label className={styles.recordLabel} htmlFor={`kpi-value-${kpi.id}`}>
            Record a value
          </label>
          <div className={styles.recordRow}>
            <input
              id={`kpi-value-${kpi.id}`}
              name="value"
              type="number"
              inputMode="decimal"
              step="any"
              aria-invalid={valueError ? true : undefined}
              aria-describedby={valueError ? `kpi-value-${kpi.id}-error` : undefined}
            />
            <Button type="submit" busy={record.busy} busyLabel="Saving…">
              Save
            </Button>
          </div>
          {valueError ? (
            <p className={styles.fieldError} id={`kpi-value-${kpi.id}-error`} role="alert">
              {`Value ${valueError}`}
            </p>
          ) : (
            record.error && <Notice tone="error">{record.error}</Notice>
          )}
        </form>
        {change.error && <Notice tone="error">{change.error}</Notice>}
        <div className={styles.buttons}>
          {mode === 'confirm-delete' ? (
            <>
              <Button variant="danger" busy={change.busy} busyLabel="Deleting…" onClick={() => void change.run('DELETE', url)}>
                Confirm delete, with its values
              </Button>
              <Button variant="ghost" onClick={() => setMode('view')}>
                Keep
              </Button>
            </>
          ) : (
            <>
              <Button onClick={() => setMode('edit')} aria-label={`Edit “${kpi.name}”`}>
                Edit
              </Button>
              <Button variant="danger" onClick={() => setMode('confirm-delete')} aria-label={`Delete “${kpi.name}”`}>
                Delete
              </Button>
            </>
          )}
        </div>
      </div>
    </li>
  );
}
