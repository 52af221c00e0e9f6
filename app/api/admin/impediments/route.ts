import { handleCreateImpediment } from '@/lib/impediments/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateImpediment(request, getRuntime());
}
