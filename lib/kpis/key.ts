// Client-safe: the key a new KPI gets from its name; feeds name the KPI by it.

/** "Uptime %" → "uptime", "Lead time (days)" → "lead-time-days", "Coût cloud €k" → "cout-cloud-k". */
export function kpiKeyFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** What a KPI key may be: lowercase letters, digits and dashes, starting with a letter or digit. */
export const KPI_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
