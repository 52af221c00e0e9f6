'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { loopSeconds } from '@/lib/playlists/loop';
import { MAX_ITEM_SECONDS, MIN_ITEM_SECONDS, type PlaylistDetail, type PlaylistItemInput, type PlaylistItemKind } from '@/lib/playlists/types';
import { Button, Field, Notice } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './playlists.module.css';

/** The Team select's value for one whole-train burndown (not a slug: slugs start with a letter or digit). */
const WHOLE_TRAIN = '*train';

type Measure = 'points' | 'hours' | 'features';

interface Draft {
  key: number;
  kind: PlaylistItemKind;
  /** Burndown: '' for every team in turn, a team's slug, or WHOLE_TRAIN. */
  team: string;
  /** Burndown: points or hours; PI burnup: points or features. */
  measure: Measure;
  /** Announcement: its id, '' when the train has none to choose. */
  announcement: string;
  seconds: string;
}

const KINDS: { kind: PlaylistItemKind; label: string }[] = [
  { kind: 'burndown', label: 'Burndown' },
  { kind: 'pi-burnup', label: 'PI burnup' },
  { kind: 'objectives', label: 'PI objectives' },
  { kind: 'flow', label: 'Flow metrics' },
  { kind: 'announcement', label: 'Announcement' },
  { kind: 'impediments', label: 'Impediments' },
  { kind: 'risks', label: 'Risks (ROAM)' },
  { kind: 'incidents', label: 'Incidents and on-call' },
  { kind: 'kpis', label: 'KPI tiles' },
  { kind: 'releases', label: 'Release departure board' },
  { kind: 'dora', label: 'DORA metrics' },
  { kind: 'quality', label: 'Quality' },
  { kind: 'screen-off', label: 'Screen off' },
];

const MEASURES: Partial<Record<PlaylistItemKind, { value: Measure; label: string }[]>> = {
  burndown: [
    { value: 'points', label: 'Points' },
    { value: 'hours', label: 'Hours' },
  ],
  'pi-burnup': [
    { value: 'points', label: 'Points' },
    { value: 'features', label: 'Features' },
  ],
};

let nextKey = 1;

function toDraft(item: PlaylistItemInput): Draft {
  const base = { key: nextKey++, kind: item.kind, team: '', measure: 'points' as Measure, announcement: '', seconds: String(item.seconds) };
  if (item.kind === 'burndown') {
    return { ...base, team: item.params.scope === 'train' ? WHOLE_TRAIN : (item.params.team ?? ''), measure: item.params.measure ?? 'points' };
  }
  if (item.kind === 'pi-burnup') return { ...base, measure: item.params.measure ?? 'points' };
  if (item.kind === 'announcement') return { ...base, announcement: String(item.params.id) };
  return base;
}

function toItem(draft: Draft): PlaylistItemInput {
  const seconds = Number(draft.seconds);
  switch (draft.kind) {
    case 'burndown': {
      const measure = draft.measure === 'hours' ? 'hours' : 'points';
      if (draft.team === WHOLE_TRAIN) return { kind: 'burndown', params: { scope: 'train', measure }, seconds };
      return { kind: 'burndown', params: { ...(draft.team && { team: draft.team }), measure }, seconds };
    }
    case 'pi-burnup':
      return { kind: 'pi-burnup', params: { measure: draft.measure === 'features' ? 'features' : 'points' }, seconds };
    case 'announcement':
      return { kind: 'announcement', params: { id: Number(draft.announcement) }, seconds };
    default:
      return { kind: draft.kind, params: {}, seconds };
  }
}

/** A kind's own options stay valid when the panel changes: a burndown never keeps "features". */
function withKind(draft: Draft, kind: PlaylistItemKind, announcements: PlaylistDetail['announcements']): Partial<Draft> {
  const measures = MEASURES[kind];
  const measure = measures?.some((m) => m.value === draft.measure) ? draft.measure : 'points';
  const announcement = draft.announcement || String(announcements[0]?.id ?? '');
  return { kind, measure, announcement };
}

/** The ordered items of a playlist: add, remove, reorder, save. Displays showing it switch at their next boundary. */
export function PlaylistEditor({ playlist, canEdit, teamCount }: { playlist: PlaylistDetail; canEdit: boolean; teamCount: number }) {
  const router = useRouter();
  const action = useAdminAction();
  const removal = useAdminAction({ refresh: false });
  const [name, setName] = useState(playlist.name);
  const [drafts, setDrafts] = useState<Draft[]>(() => playlist.items.map(toDraft));
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  function edit(update: (list: Draft[]) => Draft[]) {
    setSaved(false);
    setDrafts(update);
  }
  const change = (index: number, patch: Partial<Draft>) => edit((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const move = (index: number, by: -1 | 1) =>
    edit((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  async function save() {
    const result = await action.run<{ playlist: PlaylistDetail }>('PUT', `/api/admin/playlists/${playlist.id}`, { name, items: drafts.map(toItem) });
    if (result.ok) {
      setDrafts(result.data.playlist.items.map(toDraft));
      setSaved(true);
    }
  }
  async function remove() {
    const result = await removal.run('DELETE', `/api/admin/playlists/${playlist.id}`);
    if (result.ok) {
      router.push('/admin/playlists');
      router.refresh();
    }
  }

  // Roughly how long one pass takes: a burndown of every team in turn shows each team for its seconds.
  const passSeconds = loopSeconds(drafts.map(toItem), teamCount);
  const itemIssues = (index: number) => action.issues.filter((issue) => issue.path.startsWith(`items.${index}.`)).map((issue) => issue.message);

  return (
    <div className={styles.form}>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      {saved && <Notice tone="success">Saved. Displays showing this playlist switch at their next panel change.</Notice>}
      <fieldset disabled={!canEdit} className={styles.plain}>
        <div className={styles.nameField}>
          <Field label="Name" error={action.fieldError('name')}>
            <input value={name} onChange={(event) => {
                setSaved(false);
                setName(event.target.value);
              }} maxLength={80} autoComplete="off" required />
          </Field>
        </div>
      </fieldset>

      {drafts.length === 0 && <p className={styles.empty}>No items: displays showing this playlist stay dark.</p>}
      <ol className={styles.items} aria-label="Items">
        {drafts.map((draft, index) => (
          <li key={draft.key} className={styles.item} data-item-index={index}>
            <span className={styles.position}>{index + 1}</span>
            <fieldset disabled={!canEdit} className={styles.plain}>
              <div className={styles.itemFields}>
                <Field label="Panel">
                  <select value={draft.kind} onChange={(event) => change(index, withKind(draft, event.target.value as PlaylistItemKind, playlist.announcements))}>
                    {KINDS.map((k) => (
                      <option key={k.kind} value={k.kind}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                </Field>
                {/* Empty cells keep every row's Measure and Seconds in the same columns. */}
                {draft.kind !== 'burndown' && draft.kind !== 'announcement' && <span className={styles.spacer} aria-hidden />}
                {draft.kind === 'announcement' && (
                  <Field label="Announcement">
                    <select value={draft.announcement} onChange={(event) => change(index, { announcement: event.target.value })}>
                      {playlist.announcements.length === 0 && <option value="">No announcements yet</option>}
                      {playlist.announcements.map((a) => (
                        <option key={a.id} value={String(a.id)}>
                          {a.title}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                {draft.kind === 'burndown' && (
                  <Field label="Team">
                    <select value={draft.team} onChange={(event) => change(index, { team: event.target.value })}>
                      <option value="">All teams, in turn</option>
                      {playlist.teams.map((t) => (
                        <option key={t.slug} value={t.slug}>
                          {t.name}
                        </option>
                      ))}
                      <option value={WHOLE_TRAIN}>Whole train, one panel</option>
                    </select>
                  </Field>
                )}
                {!MEASURES[draft.kind] && <span className={styles.spacer} aria-hidden />}
                {MEASURES[draft.kind] && (
                  <Field label="Measure">
                    <select value={draft.measure} onChange={(event) => change(index, { measure: event.target.value as Measure })}>
                      {MEASURES[draft.kind]!.map((m) => (
                        <option key={m.value} value={m.value}>
                          {m.label}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                <Field label="Seconds">
                  <input
                    type="number"
                    inputMode="numeric"
                    min={MIN_ITEM_SECONDS}
                    max={MAX_ITEM_SECONDS}
                    value={draft.seconds}
                    onChange={(event) => change(index, { seconds: event.target.value })}
                    required
                  />
                </Field>
              </div>
            </fieldset>
            {canEdit && (
              <div className={styles.tools}>
                <Button size="small" variant="ghost" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move item ${index + 1} up`}>
                  ↑
                </Button>
                <Button size="small" variant="ghost" onClick={() => move(index, 1)} disabled={index === drafts.length - 1} aria-label={`Move item ${index + 1} down`}>
                  ↓
                </Button>
                <Button size="small" variant="ghost" onClick={() => edit((list) => list.filter((_, i) => i !== index))} aria-label={`Remove item ${index + 1}`}>
                  Remove
                </Button>
              </div>
            )}
            {itemIssues(index).map((message) => (
              <p key={message} className={styles.itemError} role="alert">
                Item {index + 1}: {message}
              </p>
            ))}
          </li>
        ))}
      </ol>
      {drafts.length > 0 && <p className={styles.total}>One pass takes about {Math.round(passSeconds)} s.</p>}

      {canEdit && (
        <div className={styles.buttons}>
          <Button onClick={() => edit((list) => [...list, { key: nextKey++, kind: 'burndown', team: '', measure: 'points', announcement: '', seconds: '20' }])}>Add item</Button>
          <Button variant="primary" onClick={save} busy={action.busy} busyLabel="Saving…">
            Save playlist
          </Button>
          {!confirmDelete ? (
            <Button variant="ghost" onClick={() => setConfirmDelete(true)}>
              Delete…
            </Button>
          ) : (
            <>
              <Button variant="danger" onClick={remove} busy={removal.busy} busyLabel="Deleting…">
                Yes, delete “{playlist.name}”
              </Button>
              <Button variant="ghost" onClick={() => setConfirmDelete(false)}>
                Cancel
              </Button>
            </>
          )}
        </div>
      )}
      {removal.error && <Notice tone="error">{removal.error}</Notice>}
    </div>
  );
}
