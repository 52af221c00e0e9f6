import { handleDisplayCommand } from '@/lib/fleet/commands';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleDisplayCommand(request, getRuntime(), (await params).id);
}
