import type { Kysely } from 'kysely';
import {
  deleteStalePairingRequests,
  findPairingById,
  insertPairingRequest,
  markPairingDelivered,
  openCodeExists,
} from '../../db/queries/displays';
import { findDisplayByTokenHash } from '../../db/queries/auth';
import type { Database } from '../../db/schema';
import { hashToken, newToken, sameSecret } from '../auth/tokens';
import { newPairingCode, PAIRING_TTL_MS } from './tokens';

export interface PairingTicket {
  id: number;
  code: string;
  /** The TV keeps it: it becomes the TV's device token once the code is claimed. */
  secret: string;
  expiresAt: string;
}

/** Unclaimed requests are deleted a day after they expire. */
const STALE_AFTER_MS = 24 * 60 * 60_000;
const MAX_CODE_TRIES = 8;

/** A TV asks for a pairing code: 6 characters shown on screen, valid 10 minutes, never two open at once. */
export async function createPairingRequest(db: Kysely<Database>, now = new Date()): Promise<PairingTicket> {
  await deleteStalePairingRequests(db, new Date(now.getTime() - STALE_AFTER_MS));
  const secret = newToken();
  const expiresAt = new Date(now.getTime() + PAIRING_TTL_MS);
  for (let attempt = 0; attempt < MAX_CODE_TRIES; attempt += 1) {
    const code = newPairingCode();
    // With 32^6 codes and a handful open, a collision is rare; a retry makes the code unambiguous while it is shown.
    if (await openCodeExists(db, code, now)) continue;
    const row = await insertPairingRequest(db, { code, secretHash: hashToken(secret), now, expiresAt });
    return { id: row.id, code: row.code, secret, expiresAt: row.expires_at.toISOString() };
  }
  throw new Error('could not find a free pairing code');
}

function isPairingProof(value: unknown): value is { id: number; secret: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { id, secret } = value as Record<string, unknown>;
  return Number.isInteger(id) && (id as number) > 0 && (id as number) < 2 ** 31 && typeof secret === 'string' && secret.length > 0 && secret.length <= 200;
}

/**
 * May this socket wait for the code's claim? Only the TV that asked for it (it knows the secret), while the code is
 * still open ('waiting'), or claimed and not yet picked up by /api/v1/pairing/activate ('claimed': a TV that
 * reconnects after the claim must hear of it at once, or it would wait forever). false otherwise.
 */
export async function verifyPairingWatch(db: Kysely<Database>, pairing: unknown, now = new Date()): Promise<'waiting' | 'claimed' | false> {
  if (!isPairingProof(pairing)) return false;
  const request = await findPairingById(db, pairing.id);
  if (!request || !sameSecret(hashToken(pairing.secret), request.secret_hash)) return false;
  if (request.claimed_at) return request.delivered_at === null ? 'claimed' : false;
  return request.expires_at > now ? 'waiting' : false;
}

export type ActivationResult =
  | { status: 'activated'; displayId: number }
  | { status: 'not-claimed'; expiresAt: Date }
  | { status: 'expired' }
  | { status: 'unknown' };

/**
 * The TV trades its pairing secret for the display cookie, once its code has been claimed. The secret already is
 * the device token; activating again with it works as long as the token does, so a TV that reloads half-way
 * through is never stranded, and it never works before the claim.
 */
export async function activatePairing(db: Kysely<Database>, pairing: unknown, now = new Date()): Promise<ActivationResult> {
  if (!isPairingProof(pairing)) return { status: 'unknown' };
  const request = await findPairingById(db, pairing.id);
  if (!request || !sameSecret(hashToken(pairing.secret), request.secret_hash)) return { status: 'unknown' };
  if (!request.claimed_at) return request.expires_at > now ? { status: 'not-claimed', expiresAt: request.expires_at } : { status: 'expired' };
  const display = await findDisplayByTokenHash(db, request.secret_hash);
  // Claimed, but the display was revoked since: the token opens nothing, so this TV must pair again.
  if (!display) return { status: 'unknown' };
  await markPairingDelivered(db, request.id, now);
  return { status: 'activated', displayId: display.display_id };
}
