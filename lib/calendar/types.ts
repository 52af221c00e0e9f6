// Client-safe: train calendar events (PI planning days, system demos) as the console lists them.
export type CalendarEventKind = 'pi_planning' | 'system_demo';

export interface CalendarEventDto {
  id: number;
  trainSlug: string;
  kind: CalendarEventKind;
  title: string;
  /** Calendar dates in the train's zone, both included. */
  startDate: string;
  endDate: string;
}
