// Client-safe.

/** Only our own console pages are valid return targets after sign-in: no open redirect through ?next=. */
export function isConsolePath(path: string): boolean {
  return /^\/admin(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/.test(path) && !path.includes('//');
}
