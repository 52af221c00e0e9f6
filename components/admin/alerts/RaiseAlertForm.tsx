'use client';

import { useState, type FormEvent } from 'react';
import type { AlertsPageData } from '@/lib/alerts/page';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './alerts.module.css';

const DURATIONS = [
  { minutes: 15, label: '15 minutes' },
  { minutes: 30, label: '30 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 120, label: '2 hours' },
  { minutes: 240, label: '4 hours' },
  { minutes: 480, label: '8 hours' },
  { minutes: 1440, label: '24 hours' },
];

/** Target values: "all", "train:<slug>" or "display:<id>". */
function targetFields(value: string) {
  if (value.startsWith('train:')) return { target: 'train', trainSlug: value.slice(6) };
  if (value.startsWith('display:')) return { target: 'display', displayId: Number(value.slice(8)) };
  return { target: 'all' };
}

export function RaiseAlertForm({ targets }: { targets: AlertsPageData['targets'] }) {
  const action = useAdminAction();
  const [ackUrl, setAckUrl] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAckUrl(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await action.run<{ ackUrl: string }>('POST', '/api/admin/alerts', {
      text: String(form.get('text') ?? ''),
      severity: form.get('severity'),
      expiresInMinutes: Number(form.get('expires')),
      ...targetFields(String(form.get('target'))),
    });
    if (result.ok) {
      setAckUrl(result.data.ackUrl);
      formElement.reset();
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {ackUrl && (
        <Notice tone="success" title="The alert is on the screens.">
          <p>
            Anyone with this link can acknowledge it from a phone:{' '}
            <a href={ackUrl} className={styles.link}>
              {ackUrl}
            </a>
          </p>
        </Notice>
      )}
      <Field label="Message" hint="Short: it is read from across the room. 280 characters at most." error={action.fieldError('text')}>
        <textarea name="text" rows={3} maxLength={280} required />
      </Field>
      <fieldset className={styles.severities}>
        <legend>Severity</legend>
        {(['info', 'warning', 'critical'] as const).map((severity) => (
          <label key={severity} className={`${styles.severityChoice} ${styles[severity]}`}>
            <input type="radio" name="severity" value={severity} defaultChecked={severity === 'warning'} />
            {severity}
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <Field label="Show on" error={action.fieldError('trainSlug') ?? action.fieldError('displayId')}>
          <select name="target" defaultValue="all">
            <option value="all">All displays</option>
            {targets.trains.length > 0 && (
              <optgroup label="A train">
                {targets.trains.map((train) => (
                  <option key={train.slug} value={`train:${train.slug}`}>
                    {train.name}
                  </option>
                ))}
              </optgroup>
            )}
            {targets.displays.length > 0 && (
              <optgroup label="One display">
                {targets.displays.map((display) => (
                  <option key={display.id} value={`display:${display.id}`}>
                    {display.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
        <Field label="Ends after" error={action.fieldError('expiresInMinutes')}>
          <select name="expires" defaultValue="30">
            {DURATIONS.map((d) => (
              <option key={d.minutes} value={d.minutes}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Button type="submit" variant="primary" block busy={action.busy} busyLabel="Raising…">
        Raise alert
      </Button>
    </form>
  );
}
