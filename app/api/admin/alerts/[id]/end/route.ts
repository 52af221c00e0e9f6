import { handleEndAlert } from '@/lib/alerts/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleEndAlert(request, getRuntime(), (await params).id);
}
