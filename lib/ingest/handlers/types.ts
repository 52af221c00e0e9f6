import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { TrainChange } from '../../panels/affected';
import type { EventOf, FieldProblem, IngestEventType } from '../schema';

/** An event with its position in the batch, so that a problem names the field the sender must fix. */
export interface Indexed<E> {
  event: E;
  index: number;
}

/**
 * Stores the batch's new events of one type, inside the batch's transaction. Throws UnknownReferenceError (and so
 * rolls the whole batch back) when an event names something that does not exist; returns what it changed.
 */
export type EventHandler<T extends IngestEventType> = (db: Kysely<Database>, events: Indexed<EventOf<T>>[]) => Promise<TrainChange[]>;

/** A batch names teams, trains, PIs or iterations that do not exist; nothing of it may be stored. */
export class UnknownReferenceError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'UnknownReferenceError';
  }
}

/** Throws UnknownReferenceError if there are any problems. */
export function refuseUnknown(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new UnknownReferenceError(problems);
}

/** The path of a field of the event at `index`, as the HTTP API reports it. */
export const fieldPath = (index: number, field: string) => `events.${index}.data.${field}`;
