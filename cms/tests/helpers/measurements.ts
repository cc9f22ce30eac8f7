import type { Core } from '@strapi/strapi';
import { loadDomainConfig } from '@disclosure-hub/config';
import { firstHourOfLocalDate, isoOfHour, localDateOfHour } from '@disclosure-hub/workflows';
import { bindToken } from '../../src/disclosure/workflow/token-bindings';

export const monitoring = loadDomainConfig().monitoring;
const offset = monitoring.utcOffset;

/** A local date `daysAgo` days before today (Asia/Shanghai), whole and in the past. */
export const localDate = (daysAgo: number) =>
  localDateOfHour(Math.floor(Date.now() / 3_600_000) - daysAgo * 24, offset);
/** The ISO time of hour `h` (0–23) of a local date. */
export const hourTime = (date: string, h: number) => isoOfHour(firstHourOfLocalDate(date, offset) + h, offset);
export const airStationsOf = (city: string) =>
  monitoring.stations.filter((s) => s.kind === 'air' && s.city === city).map((s) => s.code);

/** `hours` hours of plausible air data for each station, from midnight of `date`. */
export function airDay(
  date: string,
  stations: string[],
  hours = 24,
  tweak: (row: Record<string, unknown>, h: number, s: number) => void = () => {},
) {
  return stations.flatMap((station, s) =>
    Array.from({ length: hours }, (_, h) => {
      const row: Record<string, unknown> = {
        station,
        time: hourTime(date, h),
        pm25: 30 + ((h + s) % 5),
        pm10: 60 + (h % 7),
        so2: 8,
        no2: 30 + (h % 3),
        co: 0.6,
        o3: 40 + h * 3,
      };
      tweak(row, h, s);
      return row;
    }),
  );
}

/** An API token of a machine producer, bound to `department` as editor and publisher. */
export async function newProducerToken(strapi: Core.Strapi, department: string): Promise<string> {
  const created = await strapi.service('admin::api-token').create({
    name: `ingest-${department}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    type: 'full-access',
    lifespan: null,
    description: 'automatic monitoring system',
  });
  await bindToken(strapi, { tokenId: Number(created.id), department, roles: ['editor', 'publisher'], by: 'test' });
  return created.accessKey as string;
}

/** Sends a JSON batch to the ingestion API. */
export async function sendMeasurements(url: string, token: string, rows: unknown[], query = '') {
  const response = await fetch(`${url}/api/ingest/measurements${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(rows),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Waits until the release of `key` on `date` is made (published or waiting for a person). */
export async function settledRelease(url: string, token: string, key: string, date: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A poll is a harmless GET: a connection reset while the server is busy making releases
    // (a reused keep-alive socket it is closing) is simply polled again.
    const release = await fetch(`${url}/api/ingest/releases?date=${date}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
      .then(async (response) => ((await response.json()) as { data: any[] }).data.find((r) => r.key === key))
      .catch(() => undefined);
    if (release && !['collecting', 'processing'].includes(release.status)) return release;
    if (Date.now() > deadline) throw new Error(`release ${key} ${date} not made within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
