import { ZodError } from 'zod';
import { assertSameOrigin } from '../../auth/origin';
import { AuthError, principalTokens, requireRole, resolvePrincipal, type Principal, type UserPrincipal } from '../../auth/principal';
import { BodyTooLargeError, readBodyText } from '../../http/body';
import { json, problem } from '../../http/json';
import type { Runtime } from '../../runtime';
import { AdminError } from '../errors';

// Shared plumbing of the console's API route handlers.

const MAX_BODY_BYTES = 64 * 1024;

class InvalidJsonError extends Error {}

/**
 * Runs an admin API handler: refuses cross-origin writes (403), callers who are not signed-in users (401, before
 * the body is read), and turns refusals into responses (AuthError 401/403/429, zod 400 with issues, AdminError,
 * 413, else 500). The lib functions the work calls check the exact role again with requireRole.
 *   export const POST = (request: Request) => adminHandler(getRuntime(), request, async (principal) => json(...));
 */
export async function adminHandler(
  runtime: Runtime,
  request: Request,
  work: (principal: UserPrincipal) => Promise<Response>,
): Promise<Response> {
  try {
    assertSameOrigin(request);
    const principal = requireRole(await requestPrincipal(runtime, request), 'viewer');
    return await work(principal);
  } catch (error) {
    return errorResponse(runtime, error);
  }
}

export function requestPrincipal(runtime: Pick<Runtime, 'db'>, request: Request): Promise<Principal> {
  return resolvePrincipal(runtime.db, principalTokens(request.headers.get('cookie')));
}

/** The request's JSON body (at most 64 kB); a malformed body becomes a 400. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request, MAX_BODY_BYTES);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidJsonError();
  }
}

export function errorResponse(runtime: Pick<Runtime, 'log'>, error: unknown): Response {
  if (error instanceof AuthError) {
    const code = error.status === 401 ? 'unauthorized' : error.status === 403 ? 'forbidden' : 'too_many_requests';
    const response = problem(error.status, code, error.message);
    if (error.retryAfterSeconds !== undefined) response.headers.set('retry-after', String(error.retryAfterSeconds));
    return response;
  }
  if (error instanceof ZodError) {
    return problem(400, 'invalid_request', 'Please correct the highlighted fields.', {
      issues: error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message })),
    });
  }
  if (error instanceof AdminError) return problem(error.status, error.code, error.message);
  if (error instanceof InvalidJsonError) return problem(400, 'invalid_json', 'The request body is not valid JSON.');
  if (error instanceof BodyTooLargeError) return problem(413, 'payload_too_large', 'The request body is too large.');
  runtime.log.error({ err: error }, 'admin request failed');
  return problem(500, 'internal_error', 'Something went wrong on the server. Try again.');
}

export { json };
