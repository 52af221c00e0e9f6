import { randomInt } from 'node:crypto';
import { DISPLAY_COOKIE } from '../auth/principal';

/** No 0/O, 1/I: a code read off a TV across the room is typed without guessing. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 6;
export const PAIRING_TTL_MS = 10 * 60_000;
/** Browsers cap cookie lifetimes at 400 days; a device token itself never expires. */
export const DISPLAY_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i += 1) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** What the RTE typed, as stored: upper case, without spaces or dashes ("abc-234" → "ABC234"). */
export function normalizePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isPairingCode(code: string): boolean {
  if (code.length !== PAIRING_CODE_LENGTH) return false;
  for (const char of code) if (!PAIRING_ALPHABET.includes(char)) return false;
  return true;
}

/**
 * The display's cookie: httpOnly so page scripts never see the token, SameSite=Lax so the kiosk URL's redirect
 * (a top-level navigation) keeps it, Secure when served over https.
 */
export function displayCookie(token: string, secure: boolean): string {
  return [`${DISPLAY_COOKIE}=${token}`, 'Path=/', `Max-Age=${DISPLAY_COOKIE_MAX_AGE_SECONDS}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearDisplayCookie(secure: boolean): string {
  return [`${DISPLAY_COOKIE}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}
