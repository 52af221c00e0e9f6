// Client-safe: releases, gates and environments as the console lists and edits them.
import type { ReleaseGateName, ReleaseGateState } from '../panels/releases/types';

export interface ConsoleGate {
  gate: ReleaseGateName;
  /** As the board counts it: missing is pending; ATO of a release that is not major is not needed. */
  state: ReleaseGateState;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface ReleaseSummary {
  id: number;
  key: string;
  name: string;
  version: string;
  major: boolean;
  plannedDate: string;
  targetDate: string;
  releasedAt: string | null;
  cancelled: boolean;
  gates: ConsoleGate[];
}

export interface EnvironmentSummary {
  id: number;
  key: string;
  name: string;
  production: boolean;
}

export interface ReleasesPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string } | null;
  releases: ReleaseSummary[];
  environments: EnvironmentSummary[];
  /** Only admins change environments. */
  mayEditEnvironments: boolean;
}
