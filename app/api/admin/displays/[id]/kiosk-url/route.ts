import { handleCreateKioskUrl } from '@/lib/displays/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleCreateKioskUrl(request, getRuntime(), (await params).id);
}
