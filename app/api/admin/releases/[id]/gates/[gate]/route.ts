import { handleDecideGate } from '@/lib/releases/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; gate: string }> };

export async function PUT(request: Request, { params }: Context) {
  const { id, gate } = await params;
  return handleDecideGate(request, getRuntime(), id, gate);
}
