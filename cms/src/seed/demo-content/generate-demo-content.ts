import { createDemoContext } from './demo-context';
import { DemoContentError } from './demo-content-error';
import { isValidIsoDate } from './demo-dates';
import { createDemoEnterprises } from './demo-enterprises';
import type { DemoItem, GenerateDemoContentInput } from './demo-item';
import { generateAirQuality } from './generators/air-quality';
import { generateComplaints } from './generators/complaints';
import { generateEiaProjects } from './generators/eia-projects';
import { generateEnforcement } from './generators/enforcement';
import { generateIncidents } from './generators/incidents';
import { generateKeyPolluters } from './generators/key-polluters';
import { generatePolicyDocuments } from './generators/policy-documents';
import { generateRadiation } from './generators/radiation';
import { generateWater } from './generators/water';

/**
 * Demo content for every disclosure category, labelled 【演示】 / [Demo], dated up to `today` and
 * never later. Pure: the same seed and day always give deep-equal output (a seeded mulberry32, no
 * clock, no Math.random), so a reviewer can reproduce any demo database.
 */
export function generateDemoContent(input: GenerateDemoContentInput): DemoItem[] {
  const seed = input.seed ?? 1;
  if (!Number.isInteger(seed))
    throw new DemoContentError('INVALID_SEED', `种子须为整数 / seed must be an integer: ${String(seed)}`);
  if (typeof input.today !== 'string' || !isValidIsoDate(input.today))
    throw new DemoContentError(
      'INVALID_TODAY',
      `日期须为 YYYY-MM-DD / today must be a date written YYYY-MM-DD: ${String(input.today)}`,
    );
  const context = createDemoContext({ seed, today: input.today });
  const enterprises = createDemoEnterprises(context);
  return [
    ...generateAirQuality(context),
    ...generateWater(context),
    ...generateEiaProjects(context, enterprises),
    ...generateRadiation(context, enterprises),
    ...generateIncidents(context),
    ...generateComplaints(context, enterprises),
    ...generateEnforcement(context, enterprises),
    ...generateKeyPolluters(context, enterprises),
    ...generatePolicyDocuments(context),
  ];
}
