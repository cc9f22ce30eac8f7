import { z } from 'zod';
import { addDuplicateIssues, localizedTextSchema, regionCodeSchema } from './common';

/** The kinds of automatic monitoring stations whose hourly data machine producers send. */
export const stationKinds = ['air', 'radiation'] as const;
export type StationKind = (typeof stationKinds)[number];

/** Hourly fields of an air station (µg/m³; CO in mg/m³) and of a radiation station (nGy/h). */
export const airMeasurementFields = ['pm25', 'pm10', 'so2', 'no2', 'co', 'o3', 'o3_8h'] as const;
export const radiationMeasurementFields = ['doseRate'] as const;
export const measurementFields = [...airMeasurementFields, ...radiationMeasurementFields] as const;
export type MeasurementField = (typeof measurementFields)[number];

const positive = z.number().positive();

/**
 * Limits of one hourly field: `max` is the instrument range (a value above it is refused at
 * ingestion), `reviewAbove` sends a release with any hour above it to a person, and a value more
 * than `spikeFactor` times the day's median (and above `spikeFloor`) is a spike for a person too.
 */
const fieldLimitsSchema = z
  .strictObject({
    unit: z.string().min(1),
    max: positive,
    reviewAbove: positive,
    spikeFactor: z.number().min(1.5),
    spikeFloor: z.number().nonnegative(),
  })
  .refine((f) => f.reviewAbove < f.max, { message: 'reviewAbove must be below max', path: ['reviewAbove'] });

const stationSchema = z.strictObject({
  /** Code the producing system sends, e.g. `410100-A01`. */
  code: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{1,39}$/, { message: 'expected 2–40 letters, digits, - or _' }),
  kind: z.enum(stationKinds),
  name: localizedTextSchema,
  /** The city the station reports for (a `cities` entry). */
  city: regionCodeSchema,
  /** Where the station stands (GB/T 2260), a district or county of the city. */
  regionCode: regionCodeSchema,
  /** The producing department (谁制作谁公开): only its bound tokens may send data for the station. */
  department: z.string().min(1),
  /** Natural background range of the dose rate (nGy/h), radiation stations only. */
  background: z.strictObject({ min: z.number().nonnegative(), max: positive }).optional(),
});

export const monitoringFileSchema = z
  .strictObject({
    /** Offset of local time; hours and days of measurements are in it (China: +08:00, no DST). */
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
    limits: z.strictObject({
      /** Largest request body accepted by the ingestion API, in bytes. */
      maxBodyBytes: z.number().int().min(1024),
      /** Largest number of rows in one batch. */
      maxRows: z.number().int().min(1),
      /** Oldest measurement accepted, in days before now. */
      maxAgeDays: z.number().int().min(1),
    }),
    release: z.strictObject({
      /** Hours after the end of a day that late hours may still arrive before the day is released. */
      graceHours: z.number().min(0).max(24),
      /** Days older than this are stored and queryable but not released automatically. */
      autoReleaseWindowDays: z.number().int().min(1),
      /** Valid hours a pollutant needs for a daily value (GB 3095-2012 §8.2: at least 20). */
      minValidHours: z.number().int().min(1).max(24),
      /** Share of a city's air stations that must have a valid day for the city report. */
      minStationShare: z.number().gt(0).max(1),
    }),
    fields: z.strictObject(
      Object.fromEntries(measurementFields.map((f) => [f, fieldLimitsSchema])) as Record<
        MeasurementField,
        typeof fieldLimitsSchema
      >,
    ),
    cities: z.array(z.strictObject({ code: regionCodeSchema, name: localizedTextSchema })).min(1),
    stations: z.array(stationSchema).min(1),
  })
  .superRefine((file, ctx) => {
    addDuplicateIssues(
      ctx,
      file.stations.map((s) => s.code),
      (i) => ['stations', i, 'code'],
      'station code',
    );
    addDuplicateIssues(
      ctx,
      file.cities.map((c) => c.code),
      (i) => ['cities', i, 'code'],
      'city code',
    );
    const cities = new Set(file.cities.map((c) => c.code));
    file.stations.forEach((station, i) => {
      if (!cities.has(station.city))
        ctx.addIssue({ code: 'custom', message: `unknown city ${station.city}`, path: ['stations', i, 'city'] });
      if ((station.kind === 'radiation') !== (station.background !== undefined))
        ctx.addIssue({
          code: 'custom',
          message: 'background is required for radiation stations and only for them',
          path: ['stations', i, 'background'],
        });
    });
  });

export type MonitoringFile = z.infer<typeof monitoringFileSchema>;
export type MonitoringStation = MonitoringFile['stations'][number];
export type MeasurementFieldLimits = MonitoringFile['fields'][MeasurementField];
