// Client-safe: impediments as the console lists and edits them.

export interface ImpedimentDto {
  id: number;
  /** From the feed, or "console-…" for impediments entered here. */
  key: string;
  trainSlug: string;
  /** null: the train's own impediment (the RTE's), not one team's. */
  teamSlug: string | null;
  teamName: string | null;
  title: string;
  description: string | null;
  owner: string | null;
  escalated: boolean;
  openedAt: string;
  /** null while open. */
  resolvedAt: string | null;
  changedAt: string;
}

/** One impediment on the page: with its age and whether the user may change it. */
export interface ImpedimentItem extends ImpedimentDto {
  /** Calendar days open (until resolved, or until today), in the train's zone. */
  ageDays: number;
  editable: boolean;
}

/** A team an impediment can belong to; slug null is "Whole train". */
export interface TeamChoice {
  slug: string | null;
  name: string;
}

export interface ImpedimentsPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string } | null;
  /** Where the user may add or move impediments: editors their own team, admins every team and the whole train. */
  teamChoices: TeamChoice[];
  /** The quick-add form's team: the user's own team when it is in this train, else the first choice. */
  defaultTeam: string | null;
  /** Open, oldest first. */
  open: ImpedimentItem[];
  /** The last RECENTLY_RESOLVED resolved, newest first. */
  resolved: ImpedimentItem[];
}
