// Client-safe: how console forms call the admin API and read its refusals.

export interface FieldIssue {
  path: string;
  message: string;
}

export type AdminResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: string; message: string; issues: FieldIssue[]; retryAfterSeconds?: number };

/**
 * Sends JSON to an admin API route (same origin, so the browser adds Origin and the session cookie) and
 * returns the parsed answer or a readable error; it never throws, a network failure included.
 *   const result = await sendJson<{ user: UserDto }>('POST', '/api/admin/users', body);
 *   if (!result.ok) show(result.message);
 */
export async function sendJson<T = unknown>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<AdminResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: 'network', message: 'The server could not be reached. Check the connection and try again.', issues: [] };
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    error: typeof payload.error === 'string' ? payload.error : 'http_' + response.status,
    message: describeFailure(response.status, payload),
    issues: Array.isArray(payload.issues) ? (payload.issues as FieldIssue[]) : [],
    ...(Number.isFinite(retryAfter) && retryAfter > 0 && { retryAfterSeconds: retryAfter }),
  };
}

/** Shorthand for POST. */
export function postJson<T = unknown>(url: string, body?: unknown): Promise<AdminResult<T>> {
  return sendJson<T>('POST', url, body);
}

function describeFailure(status: number, payload: Record<string, unknown>): string {
  if (typeof payload.message === 'string' && payload.message) return payload.message;
  if (status === 401) return 'Your session has ended: sign in again.';
  if (status === 403) return 'Your role does not allow this.';
  return `The server refused the request (HTTP ${status}).`;
}

/** The message for one form field from a 400's issues, e.g. issueFor(result.issues, 'email'). */
export function issueFor(issues: FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}
