import { handleDeleteAnnouncement, handleUpdateAnnouncement } from '@/lib/announcements/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateAnnouncement(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleDeleteAnnouncement(request, getRuntime(), (await params).id);
}
