import { handleSaveSchedules } from '@/lib/displays/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleSaveSchedules(request, getRuntime(), (await params).id);
}
