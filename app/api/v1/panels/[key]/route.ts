import { handlePanelRequest } from '@/lib/panels/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return handlePanelRequest(request, getRuntime(), key);
}
