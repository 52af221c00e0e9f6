import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Calendar dates travel as 'YYYY-MM-DD' strings on both drivers (see db/connect.ts type parsers). */
type CalendarDate = string;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type StatusCategory = 'not_started' | 'active' | 'waiting' | 'done';
export type IterationKind = 'regular' | 'ip';

export interface TrainTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** IANA zone that decides working days, "today" and schedules for the train. */
  time_zone: string;
  created_at: CreatedAt;
}

export interface TeamTable {
  id: Generated<number>;
  train_id: number;
  /** Globally unique: ingest events name a team by slug alone. */
  slug: string;
  name: string;
  created_at: CreatedAt;
}

export interface ProgramIncrementTable {
  id: Generated<number>;
  train_id: number;
  name: string;
  start_date: CalendarDate;
  end_date: CalendarDate;
}

export interface IterationTable {
  id: Generated<number>;
  train_id: number;
  pi_id: number;
  number: number;
  /** Unique within the train; ingest events name an iteration by code, e.g. "26.4-3". */
  code: string;
  name: string;
  kind: IterationKind;
  start_date: CalendarDate;
  end_date: CalendarDate;
}

/** Current state of a work item; its past lives in work_item_changes. */
export interface WorkItemTable {
  id: Generated<number>;
  key: string;
  team_id: number;
  iteration_id: number | null;
  title: string;
  kind: string;
  status: string;
  status_category: StatusCategory;
  points: number | null;
  hours_remaining: number | null;
  /** occurred_at of the change this row reflects; older events never overwrite newer state. */
  changed_at: Date;
}

/** Append-only: the full state of an item after each change, so any past day can be reconstructed. */
export interface WorkItemChangeTable {
  id: Generated<number>;
  work_item_id: number;
  event_id: string;
  occurred_at: Date;
  team_id: number;
  iteration_id: number | null;
  status_category: StatusCategory;
  points: number | null;
  hours_remaining: number | null;
}

/** Every event id ever accepted, so that a resent batch changes nothing. */
export interface IngestedEventTable {
  id: string;
  type: string;
  received_at: CreatedAt;
}

export interface Database {
  trains: TrainTable;
  teams: TeamTable;
  program_increments: ProgramIncrementTable;
  iterations: IterationTable;
  work_items: WorkItemTable;
  work_item_changes: WorkItemChangeTable;
  ingested_events: IngestedEventTable;
}

export type Train = Selectable<TrainTable>;
export type NewTrain = Insertable<TrainTable>;
export type Team = Selectable<TeamTable>;
export type NewTeam = Insertable<TeamTable>;
export type ProgramIncrement = Selectable<ProgramIncrementTable>;
export type NewProgramIncrement = Insertable<ProgramIncrementTable>;
export type Iteration = Selectable<IterationTable>;
export type NewIteration = Insertable<IterationTable>;
export type WorkItem = Selectable<WorkItemTable>;
export type NewWorkItem = Insertable<WorkItemTable>;
export type WorkItemChange = Selectable<WorkItemChangeTable>;
export type NewWorkItemChange = Insertable<WorkItemChangeTable>;
