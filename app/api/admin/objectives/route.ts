import { handleCreateObjective } from '@/lib/objectives/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateObjective(request, getRuntime());
}
