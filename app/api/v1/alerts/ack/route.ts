import { handleAcknowledgeAlert } from '@/lib/alerts/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleAcknowledgeAlert(request, getRuntime());
}
