// Client-safe: the shape the releases panel draws. No server imports here.

export interface ReleasesRef {
  kind: 'releases';
  train: string;
}

export type ReleaseGateName = 'change_approval' | 'security_review' | 'ato' | 'qa_signoff' | 'dr_docs';
export type ReleaseGateState = 'pending' | 'approved' | 'rejected' | 'not_needed';
export type DeploymentState = 'in_progress' | 'succeeded' | 'failed' | 'rolled_back';

/** One gate of a release; who and when only for a decided one. */
export interface BoardGate {
  gate: ReleaseGateName;
  state: ReleaseGateState;
  decidedBy: string | null;
  /** ISO instant. */
  decidedAt: string | null;
}

/** Where this release's version stands in one environment: its latest deployment there, or null when none yet. */
export type BoardDeployment = null | { status: DeploymentState; /** ISO instant. */ at: string };

export interface BoardRelease {
  key: string;
  name: string;
  version: string;
  major: boolean;
  /** 'YYYY-MM-DD' in the train's zone: first promised, and promised now. */
  plannedDate: string;
  targetDate: string;
  /** ISO instant it went out to production; null while upcoming or in flight. */
  releasedAt: string | null;
  /** The five gates, always in board order (missing ones are pending; ATO is not needed unless major). */
  gates: BoardGate[];
  /** One per environment of the DTO, in the same order. */
  deployments: BoardDeployment[];
}

/** The release departure board: upcoming and in-flight releases, where each version is deployed, and their gates. */
export interface ReleasesDto {
  kind: 'releases';
  key: string;
  train: { slug: string; name: string; timeZone: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The train's environments, left to right (dev → production). */
  environments: { key: string; name: string; production: boolean }[];
  /** Soonest target first, at most what the board shows; `total` counts them all. */
  releases: BoardRelease[];
  total: number;
}
