import type { UserPrincipal } from '@/lib/auth/principal';
import type { ObjectivesPageData } from '@/lib/objectives/types';
import { formatPercent, piDatesLabel, piLabel, PREDICTABILITY_LABEL, ratedLabel } from '@/lib/panels/objectives/math';
import type { TeamObjectives } from '@/lib/panels/objectives/types';
import { AdminShell } from '../AdminShell';
import { Card, Field, Notice, Table, TrainChooser } from '../ui';
import { AddObjectiveForm } from './AddObjectiveForm';
import { ObjectiveRow } from './ObjectiveRow';
import styles from './objectives.module.css';

const dateRange = (pi: { startDate: string; endDate: string }) => piDatesLabel(pi.startDate, pi.endDate);

/** "▲ Predictable 87 % · 2 of 4 rated · planned 15 BV, actual 13 BV". */
function Predictability({ summary }: { summary: Pick<TeamObjectives, 'percent' | 'state' | 'rated' | 'total'> & { planned: number; actual: number } }) {
  const label = PREDICTABILITY_LABEL[summary.state];
  return (
    <p className={styles.summary}>
      <span className={styles.percent}>{formatPercent(summary.percent)}</span>
      <span className={`${styles.state} ${styles[summary.state]}`}>
        <span aria-hidden>{label.icon}</span> {label.word}
      </span>
      {summary.total > 0 && <span>{ratedLabel(summary.rated, summary.total)}</span>}
      {summary.rated > 0 && <span>{`actual ${summary.actual} of ${summary.planned} BV planned`}</span>}
    </p>
  );
}

/** Enter each team's PI objectives and, after the system demo, the business value they delivered. */
export function ObjectivesView({ me, data }: { me: UserPrincipal; data: ObjectivesPageData }) {
  const { train, pi } = data;
  return (
    <AdminShell
      user={me}
      title="PI objectives"
      description="Business value planned at PI planning and achieved at the system demo. The walls show each team's predictability as soon as you save."
    >
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>Objectives belong to a train&apos;s PI: send the train&apos;s PIs through the ingest API first.</p>
        </Card>
      ) : (
        <>
          <TrainChooser title="Which PI" trains={data.trains} selected={train.slug}>
            <Field label="PI">
              <select name="pi" defaultValue={pi?.id}>
                {data.pis.map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${piLabel(p.name)}, ${dateRange(p)}${p.current ? ' (current)' : ''}`}
                  </option>
                ))}
              </select>
            </Field>
          </TrainChooser>
          {!pi ? (
            <Notice tone="info">{`${train.name} has no PI yet.`}</Notice>
          ) : (
            <>
              <Card title={`ART predictability · ${piLabel(pi.name)}`} description={`${train.name}, ${dateRange(pi)}: actual over planned business value of all teams.`}>
                <Predictability summary={data.art} />
              </Card>
              {data.editableTeams.length > 0 ? (
                <Card title="Add an objective">
                  <AddObjectiveForm piId={pi.id} teams={data.editableTeams} />
                </Card>
              ) : (
                <Notice tone="info">You can see every team&apos;s objectives; an admin can make you the editor of your team to change its own.</Notice>
              )}
              {data.teams.map((team) => (
                <Card key={team.slug} id={`team-${team.slug}`} title={team.name}>
                  <Predictability summary={{ ...team.summary, planned: team.summary.committed.ratedPlanned, actual: team.summary.committed.actual + team.summary.uncommitted.achieved }} />
                  {team.objectives.length === 0 ? (
                    <p className={styles.empty}>No objectives for this PI yet.</p>
                  ) : (
                    <Table label={`Objectives of ${team.name}`} stack>
                      <thead>
                        <tr>
                          <th>Objective</th>
                          <th>Planned BV</th>
                          <th>Actual BV</th>
                          <th>Source</th>
                          <th aria-label="Actions" />
                        </tr>
                      </thead>
                      <tbody>
                        {team.objectives.map((objective) => (
                          <ObjectiveRow
                            key={`${objective.id}-${objective.changedAt}`}
                            objective={objective}
                            editable={team.editable}
                            teams={data.editableTeams}
                          />
                        ))}
                      </tbody>
                    </Table>
                  )}
                </Card>
              ))}
            </>
          )}
        </>
      )}
    </AdminShell>
  );
}
