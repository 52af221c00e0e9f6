import { assertSameOrigin } from '../../auth/origin';
import { SESSION_MAX_AGE_SECONDS } from '../../auth/sessions';
import type { Runtime } from '../../runtime';
import { setupSchema } from '../schemas';
import { setUpFirstAdmin } from '../setup';
import { sessionCookie } from './cookies';
import { errorResponse, json, readJson } from './respond';

/** POST /api/admin/setup {email, name, password}: only while no user exists; creates the first admin and signs in. */
export async function handleSetup(runtime: Runtime, request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const input = setupSchema.parse(await readJson(request));
    const result = await setUpFirstAdmin(runtime.db, input, { userAgent: request.headers.get('user-agent') });
    runtime.log.info({ email: result.user.email }, 'first admin created');
    const response = json({ user: result.user }, 201);
    response.headers.append('set-cookie', sessionCookie(request, result.token, SESSION_MAX_AGE_SECONDS));
    return response;
  } catch (error) {
    return errorResponse(runtime, error);
  }
}
