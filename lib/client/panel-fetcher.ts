// Client-safe: how SWR revalidates a panel. Pushed data normally arrives first; this is the fallback path.
import type { PanelDto } from '../panels/types';

export async function fetchPanel(key: string): Promise<PanelDto> {
  const response = await fetch(`/api/v1/panels/${encodeURIComponent(key)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`panel ${key}: HTTP ${response.status}`);
  return (await response.json()) as PanelDto;
}
