import type { Core } from '@strapi/strapi';
import { loadDomainConfig } from '@disclosure-hub/config';
import { firstHourOfLocalDate, hourOfDate, isoOfHour, localDateOfHour, type RawRow } from '@disclosure-hub/workflows';
import { ingestBatch } from '../disclosure/ingestion';

/** Days of hourly data the demo holds: the last complete local days before today. */
const demoDays = 3;

/** Deterministic, plausible hourly values: a daily cycle, stations a little apart. */
function valuesOf(kind: 'air' | 'radiation', hour: number, station: number): Record<string, number> {
  const daily = Math.sin(((hour % 24) / 24) * 2 * Math.PI);
  if (kind === 'radiation') return { doseRate: Math.round((78 + station * 4 + 3 * daily) * 10) / 10 };
  return {
    pm25: Math.round(38 + station * 2 + 12 * daily),
    pm10: Math.round(72 + station * 3 + 18 * daily),
    so2: 7 + (station % 3),
    no2: Math.round(32 + 10 * daily),
    co: Math.round((0.7 + 0.2 * daily) * 10) / 10,
    o3: Math.max(8, Math.round(70 - 45 * daily)),
  };
}

/**
 * Development only: hourly data of the last complete days for every configured station, sent
 * through the same ingestion as a monitoring system's, so that the daily releases appear through
 * the workflow shortly after start. One radiation station has a spike on the latest day: that
 * release waits for the radiation section's reviewer. Sending again stores nothing twice.
 */
export async function seedDemoMeasurements(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const { stations, utcOffset } = loadDomainConfig().monitoring;
  const today = localDateOfHour(hourOfDate(now), utcOffset);
  const first = firstHourOfLocalDate(today, utcOffset) - demoDays * 24;
  const spiking = stations.find((s) => s.kind === 'radiation');
  let stored = 0;
  for (const department of [...new Set(stations.map((s) => s.department))]) {
    const rows: RawRow[] = [];
    stations
      .filter((s) => s.department === department)
      .forEach((station, index) => {
        for (let hour = first; hour < first + demoDays * 24; hour++) {
          const values = valuesOf(station.kind, hour - first, index);
          if (station === spiking && hour === first + demoDays * 24 - 10) values.doseRate = 320;
          rows.push({
            line: rows.length + 1,
            value: { station: station.code, time: isoOfHour(hour, utcOffset), ...values },
            source: 'json',
          });
        }
      });
    const result = await ingestBatch(strapi, {
      actorId: 'demo-seed',
      department,
      format: 'json',
      bodySha256: 'demo',
      rows,
      now,
    });
    stored += result.accepted;
  }
  if (stored > 0) strapi.log.info(`[disclosure-hub] demo measurements: ${stored} hourly rows (development only)`);
  return stored;
}
