import { handleCreateAnnouncement } from '@/lib/announcements/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateAnnouncement(request, getRuntime());
}
