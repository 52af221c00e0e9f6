import { timingSafeEqual, createHash } from 'node:crypto';
import { BodyTooLargeError, readBodyText } from '../http/body';
import { json, problem } from '../http/json';
import type { Runtime } from '../runtime';
import { UnknownReferenceError } from './apply';
import { ingestEvents } from './ingest';
import { MAX_BODY_BYTES, describeIssues, ingestBatchSchema } from './schema';

/** POST /api/v1/events: validate everything, store all or nothing, then tell the displays. */
export async function handleIngestRequest(request: Request, runtime: Runtime): Promise<Response> {
  const token = runtime.config.ingestToken;
  if (token && !bearerMatches(request.headers.get('authorization'), token)) {
    return problem(401, 'unauthorized', 'Send the ingest token as "Authorization: Bearer <token>".');
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    return problem(415, 'unsupported_media_type', 'Send the batch as JSON with "Content-Type: application/json".');
  }

  let text: string;
  try {
    text = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return problem(413, 'payload_too_large', `A batch may be at most ${MAX_BODY_BYTES} bytes; split it into smaller batches.`);
    }
    throw error;
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = ingestBatchSchema.safeParse(body);
  if (!parsed.success) {
    return problem(400, 'invalid_batch', 'Nothing was stored: fix these fields and send the batch again.', {
      issues: describeIssues(parsed.error),
    });
  }

  try {
    const result = await ingestEvents(runtime, parsed.data.events);
    return json({ stored: result.stored, duplicates: result.duplicates });
  } catch (error) {
    if (error instanceof UnknownReferenceError) {
      return problem(422, 'unknown_reference', 'Nothing was stored: these trains, teams, PIs or iterations do not exist.', {
        issues: error.problems,
      });
    }
    runtime.log.error({ err: error }, 'ingest failed');
    return problem(500, 'internal_error', 'Nothing was stored: the server could not save the batch. Try again.');
  }
}

function bearerMatches(header: string | null, token: string): boolean {
  const presented = header?.match(/^Bearer\s+(.+)$/i)?.[1] ?? '';
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}
