'use client';

import type { DisplayCommand, FleetEntry } from '@/lib/fleet/types';
import { LocalTime } from '../audit/LocalTime';
import { Button, Notice, Table } from '../ui';
import { useAdminAction } from '../ui/useAdminAction';
import styles from './fleet.module.css';
import { useFleet } from './useFleet';

const COMMANDS: { command: DisplayCommand; label: string }[] = [
  { command: 'identify', label: 'Identify' },
  { command: 'next', label: 'Next panel' },
  { command: 'reload', label: 'Reload' },
];

function megabytes(bytes: number | null | undefined) {
  return bytes == null ? '—' : `${(bytes / 1_000_000).toFixed(0)} MB`;
}

function uptime(seconds: number | undefined) {
  if (seconds === undefined) return '—';
  const hours = Math.floor(seconds / 3600);
  if (hours === 0) return `${Math.floor(seconds / 60)} min`;
  return hours >= 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${hours} h ${Math.floor((seconds % 3600) / 60)} min`;
}

export function FleetTable({ initial, canControl }: { initial: FleetEntry[]; canControl: boolean }) {
  const { entries, live } = useFleet(initial);
  const action = useAdminAction({ refresh: false });

  if (entries.length === 0) return <p className={styles.empty}>No display is paired yet: pair one under Displays.</p>;
  return (
    <>
      <p className={styles.live} data-live={live}>
        {live ? '● Live' : '○ Reconnecting…'}
      </p>
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <Table label="Displays" stack>
        <thead>
          <tr>
            <th>Display</th>
            <th>State</th>
            <th>Last seen</th>
            <th>On screen</th>
            <th>Heap</th>
            <th>Uptime</th>
            {canControl && <th aria-label="Remote control" />}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.displayId} data-display-id={entry.displayId}>
              <td data-label="Display">
                <strong>{entry.name}</strong> <span className={styles.muted}>{entry.trainSlug}</span>
              </td>
              <td data-label="State">
                <span className={entry.online ? styles.online : styles.offline} data-testid="display-state">
                  {entry.online ? '● Online' : '○ Offline'}
                </span>
              </td>
              <td data-label="Last seen">{entry.lastSeenAt ? <LocalTime iso={entry.lastSeenAt} /> : 'never'}</td>
              <td data-label="On screen" className={styles.panel}>
                {entry.heartbeat?.panel || '—'}
              </td>
              <td data-label="Heap">{megabytes(entry.heartbeat?.heapUsedBytes)}</td>
              <td data-label="Uptime">{uptime(entry.heartbeat?.uptimeSeconds)}</td>
              {canControl && (
                <td data-label="">
                  <div className={styles.commands}>
                    {COMMANDS.map(({ command, label }) => (
                      <Button
                        key={command}
                        size="small"
                        disabled={action.busy}
                        onClick={() => action.run('POST', `/api/admin/displays/${entry.displayId}/command`, { command })}
                      >
                        {label}
                      </Button>
                    ))}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
