import type { AlertsPageData } from '@/lib/alerts/page';
import type { UserPrincipal } from '@/lib/auth/principal';
import { AdminShell } from '../AdminShell';
import { LocalTime } from '../audit/LocalTime';
import { Card, Table } from '../ui';
import styles from './alerts.module.css';
import { EndAlertButton } from './EndAlertButton';
import { RaiseAlertForm } from './RaiseAlertForm';

const STATE_LABEL = { on: 'On screen', ended: 'Ended', expired: 'Expired' } as const;

/** Raise a takeover alert and see which are on the screens now. */
export function AlertsView({ me, data }: { me: UserPrincipal; data: AlertsPageData }) {
  return (
    <AdminShell user={me} title="Alerts" description="A takeover alert interrupts rotation and fills the targeted screens until it expires or is acknowledged.">
      {data.canRaise && (
        <Card title="Raise an alert">
          <RaiseAlertForm targets={data.targets} />
        </Card>
      )}
      <Card title="Latest alerts" description="The 50 most recent, newest first.">
        {data.alerts.length === 0 ? (
          <p className={styles.empty}>No alert has been raised yet.</p>
        ) : (
          <Table label="Latest alerts" stack>
            <thead>
              <tr>
                <th>Message</th>
                <th>Severity</th>
                <th>Target</th>
                <th>State</th>
                <th>Until</th>
                {data.canRaise && <th aria-label="Actions" />}
              </tr>
            </thead>
            <tbody>
              {data.alerts.map((alert) => (
                <tr key={alert.id} data-alert-id={alert.id}>
                  <td data-label="Message" className={styles.message}>
                    {alert.text}
                  </td>
                  <td data-label="Severity">
                    <span className={`${styles.severity} ${styles[alert.severity]}`}>{alert.severity}</span>
                  </td>
                  <td data-label="Target">{alert.target}</td>
                  <td data-label="State">
                    {STATE_LABEL[alert.state]}
                    {alert.endedBy && <span className={styles.by}> by {alert.endedBy}</span>}
                  </td>
                  <td data-label="Until">
                    <LocalTime iso={alert.expiresAt} />
                  </td>
                  {data.canRaise && <td data-label="">{alert.state === 'on' && <EndAlertButton id={alert.id} />}</td>}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </AdminShell>
  );
}
