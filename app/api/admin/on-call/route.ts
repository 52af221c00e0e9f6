import { handleSaveRotaWeek } from '@/lib/oncall/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function PUT(request: Request) {
  return handleSaveRotaWeek(request, getRuntime());
}
