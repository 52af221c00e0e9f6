// Client-safe: every panel's data shape, discriminated by kind (a train burndown's data is a BurndownDto).
import type { AnnouncementDto } from './announcement/types';
import type { BurndownDto } from './burndown/types';
import type { CadenceDto } from './cadence/types';
import type { DoraDto } from './dora/types';
import type { FlowDto } from './flow/types';
import type { ImpedimentsDto } from './impediments/types';
import type { IncidentsDto } from './incidents/types';
import type { KpisDto } from './kpis/types';
import type { ObjectivesDto } from './objectives/types';
import type { PiBurnupDto } from './pi-burnup/types';
import type { QualityDto } from './quality/types';
import type { ReleasesDto } from './releases/types';
import type { RisksDto } from './risks/types';

export type PanelDto =
  | BurndownDto
  | PiBurnupDto
  | ObjectivesDto
  | FlowDto
  | CadenceDto
  | AnnouncementDto
  | ImpedimentsDto
  | RisksDto
  | IncidentsDto
  | KpisDto
  | ReleasesDto
  | DoraDto
  | QualityDto;
