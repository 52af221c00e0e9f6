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
  /** A public wall (/display/<slug>) shows the train's panels to anyone on the network, with no token. */
  public_wall: ColumnType<boolean, boolean | undefined, boolean>;
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

export type Role = 'admin' | 'editor' | 'viewer';
export type AlertSeverity = 'info' | 'warning' | 'critical';
export type AlertTarget = 'all' | 'train' | 'display';
export type CadenceKind = 'pi_planning' | 'ip_iteration';
type Json = ColumnType<unknown, string, string>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  /** "scrypt$N$r$p$salt$hash", see lib/auth/passwords.ts. */
  password_hash: string;
  /** An editor's own team: the team whose data they may enter. */
  team_id: Nullable<number>;
  created_at: CreatedAt;
  disabled_at: Nullable<Date>;
}

export interface SessionTable {
  id: Generated<number>;
  user_id: number;
  /** sha256 of the cookie's token: a leaked table opens no session. */
  token_hash: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
  revoked_at: Nullable<Date>;
  user_agent: Nullable<string>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: Nullable<number>;
  /** Who, as shown: a user's email, "display 4", "ack link", "system". */
  actor: string;
  action: string;
  subject: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface PlaylistTable {
  id: Generated<number>;
  train_id: number;
  name: string;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PlaylistItemTable {
  id: Generated<number>;
  playlist_id: number;
  position: number;
  kind: string;
  /** Panel parameters, e.g. {"team":"atlas","measure":"hours"}; validated by lib/playlists. */
  params: Json;
  seconds: number;
}

export interface DisplayTable {
  id: Generated<number>;
  train_id: number;
  name: string;
  playlist_id: Nullable<number>;
  /** Show only this team's panels (a team slug). */
  team_filter: Nullable<string>;
  created_at: CreatedAt;
  revoked_at: Nullable<Date>;
  last_seen_at: Nullable<Date>;
}

export interface DisplayTokenTable {
  id: Generated<number>;
  display_id: number;
  token_hash: string;
  /** 'device': issued by pairing; 'url': embedded in a kiosk URL. */
  kind: 'device' | 'url';
  created_at: CreatedAt;
  revoked_at: Nullable<Date>;
}

export interface PairingRequestTable {
  id: Generated<number>;
  code: string;
  /** sha256 of the TV's secret, which becomes its device token once the code is claimed. */
  secret_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  claimed_at: Nullable<Date>;
  display_id: Nullable<number>;
  delivered_at: Nullable<Date>;
}

export interface DisplayScheduleTable {
  id: Generated<number>;
  display_id: number;
  /** null with screen_off: the rule shows a black screen. */
  playlist_id: Nullable<number>;
  position: ColumnType<number, number | undefined, number>;
  /** Weekdays the rule applies on, as digits 0 (Sunday) to 6. */
  weekdays: ColumnType<string, string | undefined, string>;
  start_minute: ColumnType<number, number | undefined, number>;
  end_minute: ColumnType<number, number | undefined, number>;
  cadence: Nullable<CadenceKind>;
  screen_off: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface CalendarEventTable {
  id: Generated<number>;
  train_id: number;
  kind: 'pi_planning' | 'system_demo';
  title: string;
  start_date: CalendarDate;
  end_date: CalendarDate;
}

export interface AlertTable {
  id: Generated<number>;
  text: string;
  severity: AlertSeverity;
  target: AlertTarget;
  train_id: Nullable<number>;
  display_id: Nullable<number>;
  created_by: Nullable<number>;
  created_at: CreatedAt;
  expires_at: Date;
  ended_at: Nullable<Date>;
  ended_by: Nullable<string>;
  /** sha256 of the one-click acknowledge link's token. */
  ack_token_hash: string;
}

export interface Database {
  trains: TrainTable;
  teams: TeamTable;
  program_increments: ProgramIncrementTable;
  iterations: IterationTable;
  work_items: WorkItemTable;
  work_item_changes: WorkItemChangeTable;
  ingested_events: IngestedEventTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  playlists: PlaylistTable;
  playlist_items: PlaylistItemTable;
  displays: DisplayTable;
  display_tokens: DisplayTokenTable;
  pairing_requests: PairingRequestTable;
  display_schedules: DisplayScheduleTable;
  calendar_events: CalendarEventTable;
  alerts: AlertTable;
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
export type User = Selectable<UserTable>;
export type Session = Selectable<SessionTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
export type Playlist = Selectable<PlaylistTable>;
export type PlaylistItem = Selectable<PlaylistItemTable>;
export type NewPlaylistItem = Insertable<PlaylistItemTable>;
export type Display = Selectable<DisplayTable>;
export type NewDisplay = Insertable<DisplayTable>;
export type DisplayToken = Selectable<DisplayTokenTable>;
export type PairingRequest = Selectable<PairingRequestTable>;
export type DisplaySchedule = Selectable<DisplayScheduleTable>;
export type NewDisplaySchedule = Insertable<DisplayScheduleTable>;
export type CalendarEvent = Selectable<CalendarEventTable>;
export type Alert = Selectable<AlertTable>;
export type NewAlert = Insertable<AlertTable>;
