import type { UserPrincipal } from '@/lib/auth/principal';
import type { OnCallPageData } from '@/lib/oncall/types';
import { AdminShell } from '../AdminShell';
import { Card, TrainChooser } from '../ui';
import { RotaWeekForm } from './RotaWeekForm';
import styles from './on-call.module.css';

/** A train's on-call rota by week: primary and secondary, saved week by week. Walls show who is on call now and next. */
export function OnCallView({ me, data }: { me: UserPrincipal; data: OnCallPageData }) {
  const { train } = data;
  return (
    <AdminShell
      user={me}
      title="On-call rota"
      description="Who is on call for production each week, primary and secondary. The incidents panel shows who is on call now and who is next."
    >
      {!train ? (
        <Card title="No train yet">
          <p className={styles.empty}>The rota belongs to a train: send the train through the ingest API first.</p>
        </Card>
      ) : (
        <>
          <TrainChooser trains={data.trains} selected={train.slug} />
          <Card
            title={`Rota of ${train.name}`}
            description={`Each week runs from its Monday at the hand-over time to the next Monday at the same time, on the train’s clock (${train.timeZone}). Clear a name to remove that shift.`}
          >
            <ul className={styles.weeks} aria-label="Rota weeks">
              {data.weeks.map((week, index) => (
                <RotaWeekForm key={week.week} trainSlug={train.slug} week={week} current={index === 0} />
              ))}
            </ul>
          </Card>
        </>
      )}
    </AdminShell>
  );
}
