// Client-safe: every panel's data shape, discriminated by kind.
import type { BurndownDto } from './burndown/types';

export type PanelDto = BurndownDto;
