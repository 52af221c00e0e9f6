import { panelKey, type PanelRef } from './keys';

/** What a write changed, by kind of data; decides which panels must be loaded again and pushed. */
export type ChangedData =
  /** Stories, defects and other team work: burndowns, the burnup by points, flow. */
  | 'work'
  /** Features and enablers: the burnup by features, and flow's distribution. */
  | 'features'
  /** PI objectives: objectives and flow's predictability. */
  | 'objectives'
  /** Impediments: the impediments panel. */
  | 'impediments'
  /** ROAM risks: the risks panel. */
  | 'risks'
  /** Production incidents: the incidents and on-call panel, and DORA's time to restore and change failure rate. */
  | 'incidents'
  /** The on-call rota: the incidents and on-call panel only. */
  | 'oncall'
  /** KPI definitions and values: the KPI tiles. */
  | 'kpis'
  /** Releases, their gates and the train's environments: the departure board. */
  | 'releases'
  /** Deployments: the departure board and DORA. */
  | 'deployments'
  /** Test runs, coverage, builds, defects and security findings: the quality panel. */
  | 'quality'
  /** PIs, iterations, PI planning and system demos: every panel of the train, and its header. */
  | 'calendar';

export interface TrainChange {
  train: string;
  /** Teams whose work changed; for 'calendar', pass every team of the train. */
  teams: string[];
  changed: ChangedData[];
}

/** Every panel key whose data these changes can move; the publisher loads only those a display watches. */
export function affectedPanelKeys(changes: TrainChange[]): string[] {
  const refs: PanelRef[] = [];
  for (const { train, teams, changed } of changes) {
    const has = (kind: ChangedData) => changed.includes(kind) || changed.includes('calendar');
    if (has('work')) {
      for (const team of teams) for (const measure of ['points', 'hours'] as const) refs.push({ kind: 'burndown', team, measure });
      for (const measure of ['points', 'hours'] as const) refs.push({ kind: 'train-burndown', train, measure });
      refs.push({ kind: 'pi-burnup', train, measure: 'points' }, { kind: 'flow', train });
    }
    if (has('features')) refs.push({ kind: 'pi-burnup', train, measure: 'features' }, { kind: 'flow', train });
    if (has('objectives')) refs.push({ kind: 'objectives', train }, { kind: 'flow', train });
    if (has('impediments')) refs.push({ kind: 'impediments', train });
    if (has('risks')) refs.push({ kind: 'risks', train });
    if (has('incidents') || has('oncall')) refs.push({ kind: 'incidents', train });
    if (has('incidents')) refs.push({ kind: 'dora', train });
    if (has('kpis')) refs.push({ kind: 'kpis', train });
    if (has('releases') || has('deployments')) refs.push({ kind: 'releases', train });
    if (has('deployments')) refs.push({ kind: 'dora', train });
    if (has('quality')) refs.push({ kind: 'quality', train });
    if (changed.includes('calendar')) refs.push({ kind: 'cadence', train });
  }
  return [...new Set(refs.map(panelKey))];
}
