// Client-safe: the on-call rota as the console lists and edits it, one week a row.

export type RotaRole = 'primary' | 'secondary';

export interface RotaPerson {
  person: string;
  contact: string | null;
}

/** A shift a feed sent (not typed here): shown beside the week it overlaps, read-only. */
export interface FeedShift {
  key: string;
  role: RotaRole;
  person: string;
  contact: string | null;
  /** "Wed 9 Dec 09:00 – Thu 10 Dec 09:00", on the train's clock. */
  when: string;
}

export interface RotaWeek {
  /** The week's Monday, 'YYYY-MM-DD' in the train's zone. */
  week: string;
  /** "Week of Mon 30 Nov". */
  label: string;
  /** 'HH:MM' on the Monday, train-local: when the week's shifts start (and the next Monday's end). */
  handover: string;
  primary: RotaPerson | null;
  secondary: RotaPerson | null;
  feedShifts: FeedShift[];
}

export interface OnCallPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string; timeZone: string } | null;
  /** This week (from its Monday in the train's zone) and the seven after it. */
  weeks: RotaWeek[];
}

/** What a save stored: the week's shifts as they are now. */
export type SavedRotaWeek = Omit<RotaWeek, 'feedShifts' | 'label'> & { trainSlug: string };
