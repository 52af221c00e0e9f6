'use client';

import { useState } from 'react';
import type { DisplayDetail, ScheduleRuleInput } from '@/lib/displays/console-types';
import type { CadenceKind } from '@/lib/schedule/types';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './displays.module.css';
import { WEEK, endTimeToMinute, minuteToTime, timeToMinute } from './time';

interface Draft {
  key: number;
  weekdays: number[];
  start: string;
  end: string;
  /** 'off' or a playlist id. */
  show: string;
  cadence: '' | CadenceKind;
}

let nextKey = 1;

function toDraft(rule: ScheduleRuleInput): Draft {
  return {
    key: nextKey++,
    weekdays: rule.weekdays,
    start: minuteToTime(rule.startMinute),
    end: minuteToTime(rule.endMinute),
    show: rule.screenOff ? 'off' : String(rule.playlistId),
    cadence: rule.cadence ?? '',
  };
}

function toRule(draft: Draft): ScheduleRuleInput {
  const screenOff = draft.show === 'off';
  return {
    playlistId: screenOff ? null : Number(draft.show),
    screenOff,
    weekdays: draft.weekdays,
    startMinute: timeToMinute(draft.start) ?? -1,
    endMinute: endTimeToMinute(draft.end) ?? -1,
    cadence: draft.cadence || null,
  };
}

/**
 * The display's schedule: rules in order, the first that matches the train's local time wins; otherwise the
 * display plays its own playlist. A rule whose end is before its start runs overnight.
 */
export function ScheduleEditor({ display, canEdit }: { display: DisplayDetail; canEdit: boolean }) {
  const action = useAdminAction();
  const [drafts, setDrafts] = useState<Draft[]>(() => display.schedules.map(toDraft));
  const [saved, setSaved] = useState(false);

  function change(index: number, patch: Partial<Draft>) {
    setSaved(false);
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  }
  function move(index: number, by: -1 | 1) {
    setSaved(false);
    setDrafts((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  }
  function remove(index: number) {
    setSaved(false);
    setDrafts((list) => list.filter((_, i) => i !== index));
  }
  function add() {
    setSaved(false);
    const first = display.playlists[0];
    setDrafts((list) => [...list, { key: nextKey++, weekdays: [1, 2, 3, 4, 5], start: '09:15', end: '09:30', show: first ? String(first.id) : 'off', cadence: '' }]);
  }
  async function save() {
    const result = await action.run<{ rules: ScheduleRuleInput[] }>('PUT', `/api/admin/displays/${display.id}/schedules`, { rules: drafts.map(toRule) });
    if (result.ok) {
      setDrafts(result.data.rules.map(toDraft));
      setSaved(true);
    }
  }
  const ruleIssues = (index: number) => action.issues.filter((issue) => issue.path.startsWith(`rules.${index}.`)).map((issue) => issue.message);

  return (
    <div className={styles.form}>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {saved && <Notice tone="success">Schedule saved. The TV follows it from its next panel change.</Notice>}
      {drafts.length === 0 && <p className={styles.empty}>No rules: the display always plays its playlist.</p>}
      <ol className={styles.rules}>
        {drafts.map((draft, index) => {
          const startMinute = timeToMinute(draft.start);
          const endMinute = endTimeToMinute(draft.end);
          const overnight = startMinute !== undefined && endMinute !== undefined && endMinute < startMinute;
          return (
            <li key={draft.key} className={styles.rule} data-rule-index={index}>
              <div className={styles.ruleHead}>
                <h3 className={styles.ruleTitle}>Rule {index + 1}</h3>
                {canEdit && (
                  <div className={styles.ruleTools}>
                    <Button size="small" variant="ghost" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move rule ${index + 1} up`}>
                      ↑
                    </Button>
                    <Button size="small" variant="ghost" onClick={() => move(index, 1)} disabled={index === drafts.length - 1} aria-label={`Move rule ${index + 1} down`}>
                      ↓
                    </Button>
                    <Button size="small" variant="ghost" onClick={() => remove(index)} aria-label={`Remove rule ${index + 1}`}>
                      Remove
                    </Button>
                  </div>
                )}
              </div>
              <fieldset className={styles.days} disabled={!canEdit}>
                <legend>Days</legend>
                {WEEK.map(({ day, short, long }) => {
                  const on = draft.weekdays.includes(day);
                  return (
                    <label key={day} className={[styles.day, on && styles.dayOn].filter(Boolean).join(' ')} title={long}>
                      <input
                        type="checkbox"
                        checked={on}
                        aria-label={long}
                        onChange={() => change(index, { weekdays: on ? draft.weekdays.filter((d) => d !== day) : [...draft.weekdays, day] })}
                      />
                      {short}
                    </label>
                  );
                })}
              </fieldset>
              <fieldset disabled={!canEdit} className={styles.plain}>
                <div className={styles.ruleFields}>
                  <Field label="From">
                    <input type="time" value={draft.start} onChange={(event) => change(index, { start: event.target.value })} required />
                  </Field>
                  <Field label="To">
                    <input type="time" value={draft.end} onChange={(event) => change(index, { end: event.target.value })} required />
                  </Field>
                  <Field label="Show">
                    <select value={draft.show} onChange={(event) => change(index, { show: event.target.value })}>
                      {display.playlists.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                      <option value="off">Screen off (black)</option>
                    </select>
                  </Field>
                  <Field label="When">
                    <select value={draft.cadence} onChange={(event) => change(index, { cadence: event.target.value as Draft['cadence'] })}>
                      <option value="">Every week</option>
                      <option value="pi_planning">Only on PI planning days</option>
                      <option value="ip_iteration">Only in the IP iteration</option>
                    </select>
                  </Field>
                </div>
              </fieldset>
              {overnight && <p className={styles.overnight}>Runs overnight: from {draft.start} until {draft.end} the next morning.</p>}
              {ruleIssues(index).map((message) => (
                <p key={message} className={styles.ruleError} role="alert">
                  {message}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
      {canEdit && (
        <div className={styles.buttons}>
          <Button onClick={add}>Add rule</Button>
          <Button variant="primary" onClick={save} busy={action.busy} busyLabel="Saving…">
            Save schedule
          </Button>
        </div>
      )}
    </div>
  );
}
