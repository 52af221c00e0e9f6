import { handleListAlerts, handleRaiseAlert } from '@/lib/alerts/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleListAlerts(request, getRuntime());
}

export function POST(request: Request) {
  return handleRaiseAlert(request, getRuntime());
}
