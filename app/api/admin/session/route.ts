import { handleSignIn, handleSignOut, handleWhoAmI } from '@/lib/admin/http/session';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleWhoAmI(getRuntime(), request);
}

export function POST(request: Request) {
  return handleSignIn(getRuntime(), request);
}

export function DELETE(request: Request) {
  return handleSignOut(getRuntime(), request);
}
