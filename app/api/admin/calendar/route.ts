import { handleAddCalendarEvent, handleListCalendar, handleRemoveCalendarEvent } from '@/lib/calendar/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleListCalendar(request, getRuntime());
}

export function POST(request: Request) {
  return handleAddCalendarEvent(request, getRuntime());
}

export function DELETE(request: Request) {
  return handleRemoveCalendarEvent(request, getRuntime());
}
