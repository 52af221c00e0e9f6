import { handleIngestRequest } from '@/lib/ingest/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleIngestRequest(request, getRuntime());
}
