import type { ChangeEvent } from 'react';
import type { KpiSummary } from '@/lib/kpis/types';
import { Field } from '../ui';
import styles from './kpis.module.css';

/** A number field's value for the API: blank is null ("is required"); the browser leaves junk blank too. */
function numberOrNull(form: FormData, name: string): number | null {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : Number(value);
}

/** The body the KPI API takes, from an add or edit form (the key only when adding). */
export function readKpiForm(form: FormData) {
  return {
    name: String(form.get('name') ?? ''),
    unit: String(form.get('unit') ?? ''),
    direction: String(form.get('direction') ?? ''),
    target: numberOrNull(form, 'target'),
    warnAt: numberOrNull(form, 'warnAt'),
    position: numberOrNull(form, 'position') ?? 0,
  };
}

export function readNewKpiForm(form: FormData) {
  return { ...readKpiForm(form), key: String(form.get('key') ?? '') };
}

/**
 * Unit, direction, target, amber threshold and position: shared by the add and edit forms. The name and key
 * come before these (the add form fills the key from the name).
 */
export function KpiThresholdFields({ kpi, fieldError }: { kpi?: KpiSummary; fieldError: (path: string) => string | undefined }) {
  return (
    <>
      <fieldset className={styles.choices}>
        <legend>Better when</legend>
        <label className={styles.choice}>
          <input type="radio" name="direction" value="higher" defaultChecked={(kpi?.direction ?? 'higher') === 'higher'} /> Higher
        </label>
        <label className={styles.choice}>
          <input type="radio" name="direction" value="lower" defaultChecked={kpi?.direction === 'lower'} /> Lower
        </label>
        {fieldError('direction') && (
          <p className={styles.fieldError} role="alert">
            {fieldError('direction')}
          </p>
        )}
      </fieldset>
      <div className={styles.grid}>
        <Field label="Unit" hint="Up to 12 characters, e.g. %, h, ms, €k; may be blank." error={fieldError('unit')}>
          <input name="unit" defaultValue={kpi?.unit} maxLength={12} autoComplete="off" />
        </Field>
        <Field label="Target" hint="Green at the target and better." error={fieldError('target')}>
          <input name="target" type="number" inputMode="decimal" step="any" defaultValue={kpi?.target} required />
        </Field>
        <Field
          label="Amber until"
          hint="Amber from the target to here, red beyond: below the target when higher is better, above it when lower is."
          error={fieldError('warnAt')}
        >
          <input name="warnAt" type="number" inputMode="decimal" step="any" defaultValue={kpi?.warnAt} required />
        </Field>
        <Field label="Position" hint="Tiles show in ascending position, then by name." error={fieldError('position')}>
          <input name="position" type="number" inputMode="numeric" min={0} max={999} step={1} defaultValue={kpi?.position ?? 0} />
        </Field>
      </div>
    </>
  );
}

export function KpiNameField({ defaultValue, value, onChange, fieldError }: { defaultValue?: string; value?: string; onChange?: (name: string) => void; fieldError: (path: string) => string | undefined }) {
  return (
    <Field label="Name" hint="As the wall shows it, up to 60 characters, e.g. “Uptime”." error={fieldError('name')}>
      <input
        name="name"
        maxLength={60}
        autoComplete="off"
        required
        {...(onChange ? { value, onChange: (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value) } : { defaultValue })}
      />
    </Field>
  );
}
