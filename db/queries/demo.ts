import { sql, type Kysely } from 'kysely';
import type { Database, FeatureKind, StatusCategory } from '../schema';

export interface FeatureProgress {
  key: string;
  title: string;
  kind: FeatureKind;
  status: string;
  statusCategory: StatusCategory;
  points: number | null;
  piName: string;
  /** The train's work items that name the feature: all, started (left "not started") and done. */
  items: number;
  started: number;
  done: number;
}

/** The features of a train's PIs with how far their stories have got, for the demo simulator to move them on. */
export async function featureProgress(db: Kysely<Database>, trainId: number): Promise<FeatureProgress[]> {
  const result = await sql<FeatureProgress>`
    select f.key, f.title, f.kind, f.status, f.status_category as "statusCategory", f.points, p.name as "piName",
           count(w.id)::int as items,
           count(w.id) filter (where w.status_category <> 'not_started')::int as started,
           count(w.id) filter (where w.status_category = 'done')::int as done
    from features f
    join program_increments p on p.id = f.pi_id
    left join teams t on t.train_id = f.train_id
    left join work_items w on w.team_id = t.id and w.feature_key = f.key
    where f.train_id = ${trainId}
    group by f.id, p.name
    order by f.key
  `.execute(db);
  return result.rows;
}
