import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { BurndownDto } from '../../lib/panels/burndown/types';

/** Console errors, uncaught exceptions and any request that leaves the server: all must stay empty. */
export function watchPageProblems(page: Page, baseURL: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    // The location names the resource of a "Failed to load resource" that no response event may report.
    if (message.type() === 'error') problems.push(`console error: ${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`external request: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export async function getBurndown(request: APIRequestContext, team: string, measure = 'points'): Promise<BurndownDto> {
  const response = await request.get(`/api/v1/panels/${encodeURIComponent(`burndown:${team}:${measure}`)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as BurndownDto;
}

let sequence = 0;

/** Adds a new "To Do" story to the team's current iteration through the public ingest API. */
export async function addStory(request: APIRequestContext, dto: BurndownDto, points: number) {
  sequence += 1;
  const key = `E2E-${Date.now()}-${sequence}`;
  const response = await request.post('/api/v1/events', {
    data: {
      events: [
        {
          id: `e2e-${key}`,
          type: 'work_item.upserted',
          occurredAt: new Date().toISOString(),
          data: {
            key,
            team: dto.team.slug,
            iteration: dto.iteration!.code,
            title: 'Story added by the browser test',
            kind: 'story',
            points,
            hoursRemaining: points * 2,
            status: 'To Do',
          },
        },
      ],
    },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ stored: 1, duplicates: 0 });
  return key;
}

/** Share of canvas pixels that differ from the top-left (background) pixel: 0 for a blank chart. */
export async function inkRatio(page: Page): Promise<number> {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2])) ink += 1;
    }
    return ink / (data.length / 4);
  });
}

/** Sends one work item's new state through the public ingest API; returns its key. */
export async function sendWorkItem(
  request: APIRequestContext,
  item: { team: string; iteration: string | null; points: number; status: string; key?: string },
): Promise<string> {
  sequence += 1;
  const key = item.key ?? `E2E-${Date.now()}-${sequence}`;
  const response = await request.post('/api/v1/events', {
    data: {
      events: [
        {
          id: `e2e-${key}-${sequence}`,
          type: 'work_item.upserted',
          occurredAt: new Date(Date.now() - 1_000).toISOString(),
          data: { key, team: item.team, iteration: item.iteration, title: 'Sent by the browser test', kind: 'story', points: item.points, hoursRemaining: 0, status: item.status },
        },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return key;
}

/** A panel's data as the API serves it. */
export async function getPanel<T>(request: APIRequestContext, key: string): Promise<T> {
  const response = await request.get(`/api/v1/panels/${encodeURIComponent(key)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}
