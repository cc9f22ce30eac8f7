import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadDomainConfig, surfaceWaterIndicatorKeys } from '@disclosure-hub/config';
import {
  aqiStandardForDate,
  classifySurfaceWater,
  computeAqi,
  isValidCreditCode,
  scanText,
  workingDaysBetween,
} from '@disclosure-hub/workflows';
import { DemoContentError, demoContentUids, generateDemoContent } from '../../src/seed/demo-content';
import type { DemoContentUid, DemoItem } from '../../src/seed/demo-content';
import { buildMinimalPdf } from '../../src/seed/demo-content/build-minimal-pdf';
import {
  creditCodeCheckCharacter,
  organisationCodeCheckCharacter,
} from '../../src/seed/demo-content/generate-credit-code';

// ---------------------------------------------------------------------------------------------
// The contract: the Strapi schemas and components, read from disk as the loader will meet them.

interface Attribute {
  type: string;
  required?: boolean;
  enum?: string[];
  regex?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}
type Attributes = Record<string, Attribute>;

const srcDir = path.resolve(__dirname, '..', '..', 'src');
const readJson = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { info: { singularName?: string }; attributes: Attributes };

const schemas = new Map<string, Attributes>(
  readdirSync(path.join(srcDir, 'api')).flatMap((api) => {
    const typesDir = path.join(srcDir, 'api', api, 'content-types');
    return readdirSync(typesDir).map((type) => {
      const schema = readJson(path.join(typesDir, type, 'schema.json'));
      return [`api::${api}.${schema.info.singularName ?? type}`, schema.attributes] as const;
    });
  }),
);
const components = new Map<string, Attributes>(
  readdirSync(path.join(srcDir, 'components')).flatMap((category) =>
    readdirSync(path.join(srcDir, 'components', category)).map(
      (file) =>
        [
          `${category}.${file.replace(/\.json$/, '')}`,
          readJson(path.join(srcDir, 'components', category, file)).attributes,
        ] as const,
    ),
  ),
);

const isIsoDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** Every way `value` breaks the attribute definitions, as readable paths; `[]` when it conforms. */
function violations(
  value: Record<string, unknown>,
  attributes: Attributes,
  where: string,
  checkRequired = true,
): string[] {
  const problems: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (checkRequired && attribute.required === true && attribute.type !== 'media' && value[name] === undefined)
      problems.push(`${where}.${name}: required`);
  }
  for (const [name, field] of Object.entries(value)) {
    const attribute = attributes[name];
    const at = `${where}.${name}`;
    if (attribute === undefined) problems.push(`${at}: no such attribute`);
    else problems.push(...fieldViolations(field, attribute, at, checkRequired));
  }
  return problems;
}

function fieldViolations(field: unknown, attribute: Attribute, at: string, checkRequired: boolean): string[] {
  switch (attribute.type) {
    case 'component': {
      const inner = components.get(attribute.component ?? '');
      if (inner === undefined) return [`${at}: unknown component ${attribute.component ?? ''}`];
      const entries = attribute.repeatable ? field : [field];
      if (!Array.isArray(entries)) return [`${at}: expected a list`];
      return entries.flatMap((entry, i) =>
        entry !== null && typeof entry === 'object'
          ? violations(entry as Record<string, unknown>, inner, `${at}[${i}]`, checkRequired)
          : [`${at}[${i}]: expected an object`],
      );
    }
    case 'string':
    case 'text':
    case 'richtext':
      if (typeof field !== 'string') return [`${at}: expected a string`];
      if (attribute.maxLength !== undefined && field.length > attribute.maxLength)
        return [`${at}: longer than ${attribute.maxLength}`];
      if (attribute.regex !== undefined && !new RegExp(attribute.regex).test(field))
        return [`${at}: does not match ${attribute.regex}`];
      return [];
    case 'enumeration':
      return attribute.enum?.includes(String(field)) ? [] : [`${at}: ${String(field)} is not in the enumeration`];
    case 'integer':
    case 'decimal': {
      if (typeof field !== 'number' || !Number.isFinite(field)) return [`${at}: expected a number`];
      if (attribute.type === 'integer' && !Number.isInteger(field)) return [`${at}: expected an integer`];
      if (attribute.min !== undefined && field < attribute.min) return [`${at}: below ${attribute.min}`];
      if (attribute.max !== undefined && field > attribute.max) return [`${at}: above ${attribute.max}`];
      return [];
    }
    case 'date':
      return isIsoDate(field) ? [] : [`${at}: expected YYYY-MM-DD`];
    case 'datetime':
      return typeof field === 'string' && !Number.isNaN(Date.parse(field)) && field.endsWith('Z')
        ? []
        : [`${at}: expected an ISO timestamp`];
    case 'boolean':
      return typeof field === 'boolean' ? [] : [`${at}: expected a boolean`];
    case 'relation':
      // The loader resolves the department code to the relation.
      return typeof field === 'string' ? [] : [`${at}: expected a department code`];
    case 'json':
      return field === undefined ? [`${at}: undefined`] : [];
    case 'media':
      return [`${at}: media belong in attachments`];
    default:
      return [`${at}: unhandled type ${attribute.type}`];
  }
}

// ---------------------------------------------------------------------------------------------

const TODAY = '2026-11-20';
const SEED = 7;
const items = generateDemoContent({ seed: SEED, today: TODAY });
const config = loadDomainConfig();

const of = (uid: DemoContentUid) => items.filter((item) => item.uid === uid);
const attributesOf = (item: DemoItem) => schemas.get(item.uid) ?? {};
const metadataOf = (item: DemoItem) => item.data.metadata as Record<string, unknown>;
const str = (value: unknown) => String(value);

/** Every string in a value, with its path. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((entry, i) => strings(entry, `${at}[${i}]`));
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value))
    return Object.entries(value).flatMap(([key, entry]) => strings(entry, `${at}.${key}`));
  return [];
}

/** Fields that record something that has already happened. */
function pastDates(item: DemoItem): [string, string][] {
  return [
    ...strings(metadataOf(item).dateFormed, 'dateFormed'),
    ...(['date', 'sampledOn', 'decisionDate', 'periodStart', 'periodEnd', 'validFrom'] as const).flatMap((field) =>
      strings(item.data[field], field),
    ),
    ...strings(
      (item.data.stages as { date: string }[] | undefined)?.map((stage) => stage.date),
      'stages',
    ),
    ...strings(
      (item.data.cases as { closedOn?: string }[] | undefined)?.map((entry) => entry.closedOn),
      'cases',
    ),
  ];
}

function futureDates(list: DemoItem[], today: string): string[] {
  return list.flatMap((item) =>
    pastDates(item)
      .filter(([, date]) => date > today)
      .map(([field, date]) => `${item.key} ${field} ${date}`),
  );
}

function schemaProblems(list: DemoItem[]): string[] {
  return list.flatMap((item) => violations(item.data, attributesOf(item), item.key));
}

describe('generateDemoContent', () => {
  describe('determinism', () => {
    it('gives deep-equal output for the same seed and day', () => {
      expect(generateDemoContent({ seed: SEED, today: TODAY })).toEqual(items);
    });

    it('gives different output for a different seed', () => {
      expect(generateDemoContent({ seed: SEED + 1, today: TODAY })).not.toEqual(items);
    });

    it('uses seed 1 when no seed is given', () => {
      expect(generateDemoContent({ today: TODAY })).toEqual(generateDemoContent({ seed: 1, today: TODAY }));
    });
  });

  describe('input', () => {
    it.each(['2026-13-01', '2026-02-30', '20261120', ''])('rejects today written %p with INVALID_TODAY', (today) => {
      const attempt = () => generateDemoContent({ today });

      expect(attempt).toThrow(DemoContentError);
      expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_TODAY' }));
    });

    it('rejects a fractional seed with INVALID_SEED', () => {
      expect(() => generateDemoContent({ seed: 1.5, today: TODAY })).toThrow(
        expect.objectContaining({ code: 'INVALID_SEED' }),
      );
    });
  });

  describe('volumes', () => {
    it.each<[DemoContentUid, number, number]>([
      ['api::air-quality-daily.air-quality-daily', 1095, 1095],
      ['api::air-quality-forecast.air-quality-forecast', 9, 30],
      ['api::drinking-water-source-report.drinking-water-source-report', 36, 36],
      ['api::surface-water-report.surface-water-report', 60, 84],
      ['api::eia-project.eia-project', 30, 40],
      ['api::radiation-monitoring.radiation-monitoring', 8, 12],
      ['api::radiation-licence.radiation-licence', 8, 12],
      ['api::environmental-incident.environmental-incident', 5, 8],
      ['api::complaint-report.complaint-report', 12, 12],
      ['api::enforcement-action.enforcement-action', 35, 45],
      ['api::key-polluter.key-polluter', 25, 35],
      ['api::policy-document.policy-document', 12, 18],
    ])('produces between the expected bounds of %s', (uid, min, max) => {
      expect(of(uid).length).toBeGreaterThanOrEqual(min);
      expect(of(uid).length).toBeLessThanOrEqual(max);
    });

    it('stays under 1,500 items in total', () => {
      expect(items.length).toBeLessThan(1500);
    });

    it('gives every item a unique key', () => {
      expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    });
  });

  describe('the Strapi schemas', () => {
    it('has a schema for every content type it fills', () => {
      expect(demoContentUids.filter((uid) => !schemas.has(uid))).toEqual([]);
    });

    it('uses only attributes of the schema, with valid types, enumerations, patterns and required fields', () => {
      expect(schemaProblems(items)).toEqual([]);
    });

    it('puts only localized fields in the English translations, with valid values', () => {
      const problems = items.flatMap((item) => {
        const attributes = attributesOf(item);
        const localized = Object.fromEntries(
          Object.entries(attributes).filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === true),
        );
        return violations(item.translations?.en ?? {}, localized, `${item.key}/en`, item.translations !== undefined);
      });

      expect(problems).toEqual([]);
    });

    it('translates roughly a fifth of the items', () => {
      const share = items.filter((item) => item.translations !== undefined).length / items.length;

      expect(share).toBeGreaterThan(0.12);
      expect(share).toBeLessThan(0.28);
    });

    it('never sets the index number, which the server allocates', () => {
      expect(items.filter((item) => 'indexNumber' in metadataOf(item)).map((item) => item.key)).toEqual([]);
    });

    it.each<[DemoContentUid, string[]]>([
      [
        'api::air-quality-daily.air-quality-daily',
        ['aqi', 'level', 'category', 'primaryPollutants', 'iaqi', 'standard'],
      ],
      ['api::surface-water-report.surface-water-report', ['waterClass', 'limitingIndicators', 'mainPollutants']],
      [
        'api::drinking-water-source-report.drinking-water-source-report',
        ['sourceCount', 'compliantSourceCount', 'totalWithdrawn', 'totalCompliantVolume', 'volumeComplianceRate'],
      ],
      ['api::eia-project.eia-project', ['currentStage']],
      ['api::radiation-monitoring.radiation-monitoring', ['withinBackground']],
      ['api::complaint-report.complaint-report', ['totalCases']],
    ])('leaves the fields the server derives empty in %s', (uid, derived) => {
      const filled = of(uid).flatMap((item) => derived.filter((field) => field in item.data));

      expect(filled).toEqual([]);
    });
  });

  describe('labelling', () => {
    it('prefixes every Chinese title with 【演示】', () => {
      expect(items.filter((item) => !str(item.data.title).startsWith('【演示】')).map((item) => item.key)).toEqual([]);
    });

    it('prefixes every English title with [Demo]', () => {
      const translated = items.filter((item) => item.translations !== undefined);

      expect(
        translated.filter((item) => !str(item.translations?.en.title).startsWith('[Demo] ')).map((item) => item.key),
      ).toEqual([]);
    });

    it('names the configured organisation as the publisher', () => {
      const publishers = new Set(
        items.map((item) => (item.data.description as Record<string, unknown>).publishingOrganisation),
      );

      expect([...publishers]).toEqual([config.organisation.name.zh]);
    });

    it('uses the zh-CN locale for every item', () => {
      expect(new Set(items.map((item) => item.locale))).toEqual(new Set(['zh-CN']));
    });
  });

  describe('dates', () => {
    // The server rejects release times later than its clock, which may read any time of today.
    const startOfToday = Date.parse(`${TODAY}T00:00:00+08:00`);

    it('dates nothing that has happened later than today', () => {
      expect(futureDates(items, TODAY)).toEqual([]);
    });

    it('times incidents and their releases before today begins in Asia/Shanghai', () => {
      const times = of('api::environmental-incident.environmental-incident').flatMap((item) => [
        str(item.data.occurredAt),
        ...(item.data.releases as { releasedAt: string }[]).map((release) => release.releasedAt),
      ]);

      expect(times.filter((time) => Date.parse(time) >= startOfToday)).toEqual([]);
    });

    it('reports no month later than the current one', () => {
      const months = items.flatMap((item) =>
        strings(item.data.month ?? item.data.period, 'month').map(([, month]) => month),
      );

      expect(months.filter((month) => month > TODAY.slice(0, 7))).toEqual([]);
    });

    it('ends the daily air-quality series on today', () => {
      const dates = of('api::air-quality-daily.air-quality-daily').map((item) => str(item.data.date));

      expect(dates.reduce((a, b) => (a > b ? a : b))).toBe(TODAY);
    });
  });

  describe('disclosure metadata', () => {
    it('uses departments the catalogue allows for the category', () => {
      const allowed = new Map(
        config.catalog.categories.map((category) => [category.contentType, category.departments]),
      );
      const wrong = items.filter((item) => !(allowed.get(item.uid) ?? []).includes(str(metadataOf(item).department)));

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('gives an exemption basis exactly to the items that are not proactive', () => {
      const mismatched = items.filter(
        (item) => (metadataOf(item).attribute === 'proactive') === 'exemptionBasis' in metadataOf(item),
      );

      expect(mismatched.map((item) => item.key)).toEqual([]);
    });

    it.each(['onRequest', 'withheld'])('includes a few %s items', (attribute) => {
      const count = items.filter((item) => metadataOf(item).attribute === attribute).length;

      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(8);
    });

    it('withholds at least one item as a state secret', () => {
      expect(
        items.some(
          (item) => metadataOf(item).attribute === 'withheld' && metadataOf(item).exemptionBasis === 'stateSecret',
        ),
      ).toBe(true);
    });

    it('never publishes an item that is not proactive', () => {
      expect(
        items.filter((item) => item.publish && metadataOf(item).attribute !== 'proactive').map((item) => item.key),
      ).toEqual([]);
    });

    it('keeps items formed in the last three days as drafts', () => {
      const recent = items.filter((item) => str(metadataOf(item).dateFormed) >= '2026-11-17');

      expect(recent.length).toBeGreaterThan(0);
      expect(recent.filter((item) => item.publish).map((item) => item.key)).toEqual([]);
    });

    it('publishes most proactive items older than a few days', () => {
      const older = items.filter(
        (item) => metadataOf(item).attribute === 'proactive' && str(metadataOf(item).dateFormed) < '2026-11-17',
      );

      expect(older.filter((item) => item.publish).length / older.length).toBeGreaterThan(0.9);
    });
  });

  describe('unified social credit codes', () => {
    const codes = items.flatMap((item) =>
      (['builderCreditCode', 'holderCreditCode', 'entityCreditCode'] as const).flatMap((field) =>
        strings(item.data[field], field).map(([, code]) => code),
      ),
    );

    it('fills credit codes for enterprises', () => {
      expect(codes.length).toBeGreaterThan(80);
    });

    it('gives only codes that pass the GB 32100 checksum', () => {
      expect(codes.filter((code) => !isValidCreditCode(code))).toEqual([]);
    });

    it('embeds organisation codes with a valid GB 11714 check character', () => {
      expect(codes.filter((code) => organisationCodeCheckCharacter(code.slice(8, 16)) !== code.charAt(16))).toEqual([]);
    });

    it('computes a check character that the independent validator accepts', () => {
      const first17 = '91410100MA12345678'.slice(0, 17);

      expect(isValidCreditCode(first17 + creditCodeCheckCharacter(first17))).toBe(true);
    });

    it('gives a code that fails once a character is changed', () => {
      const code = codes[0] ?? '';
      const altered = code.slice(0, 10) + (code.charAt(10) === '1' ? '2' : '1') + code.slice(11);

      expect(isValidCreditCode(altered)).toBe(false);
    });
  });

  describe('personal data', () => {
    const allow = {
      phones: [...config.organisation.publicContacts.phones, ...config.organisation.publicContacts.faxes],
      emails: [...config.organisation.publicContacts.emails],
      addresses: config.organisation.publicContacts.addresses.map((address) => address.zh),
    };

    it('contains nothing the confidentiality scanner flags, in either language', () => {
      const findings = items.flatMap((item) =>
        [...strings(item.data, `${item.key}`), ...strings(item.translations?.en, `${item.key}/en`)].flatMap(
          ([at, text]) =>
            scanText(text, { allow }).findings.map((finding) => `${at}: ${finding.kind} ${finding.excerpt}`),
        ),
      );

      expect(findings).toEqual([]);
    });
  });

  describe('generated PDFs', () => {
    const attachments = items.flatMap((item) => item.attachments ?? []);

    /** Problems with the xref table: every entry must point at its `n 0 obj`. */
    function xrefProblems(pdf: Buffer): string[] {
      const text = pdf.toString('latin1');
      const offset = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
      if (text.slice(offset, offset + 5) !== 'xref\n') return [`startxref ${offset} does not point at xref`];
      const [, count] = /^xref\n0 (\d+)\n/.exec(text.slice(offset)) ?? [];
      const entries = text
        .slice(offset)
        .split('\n')
        .slice(2, 2 + Number(count));
      return entries.slice(1).flatMap((entry, i) => {
        const at = Number(entry.slice(0, 10));
        return text.startsWith(`${i + 1} 0 obj\n`, at) && `${entry}\n`.length === 20
          ? []
          : [`object ${i + 1} not at ${at}`];
      });
    }

    it('attaches a full text to every EIA project', () => {
      const without = of('api::eia-project.eia-project').filter(
        (item) => !(item.attachments ?? []).some((file) => file.field === 'fullTexts'),
      );

      expect(without.map((item) => item.key)).toEqual([]);
    });

    it('writes files that start with the PDF header', () => {
      expect(attachments.filter((file) => !file.content.subarray(0, 7).equals(Buffer.from('%PDF-1.')))).toEqual([]);
    });

    it('writes a cross-reference table whose offsets point at the objects', () => {
      expect(
        attachments.flatMap((file) => xrefProblems(file.content).map((problem) => `${file.name}: ${problem}`)),
      ).toEqual([]);
    });

    it('keeps offsets exact when the text needs escaping', () => {
      const pdf = buildMinimalPdf({ title: 'Plant (phase 2) \\ DEMO', lines: ['a (b) c', '郑州 non-ASCII'] });

      expect(xrefProblems(pdf)).toEqual([]);
    });
  });

  describe('air quality', () => {
    const daily = of('api::air-quality-daily.air-quality-daily');
    const meanOf = (field: string, months: string[]) => {
      const values = daily
        .filter((item) => months.includes(str(item.data.date).slice(5, 7)))
        .map((item) => Number(item.data[field]));
      return values.reduce((a, b) => a + b, 0) / values.length;
    };

    it('covers 365 days for each of the three cities', () => {
      const perCity = ['郑州市', '开封市', '洛阳市'].map(
        (city) => daily.filter((item) => item.data.city === city).length,
      );

      expect(perCity).toEqual([365, 365, 365]);
    });

    it('has higher PM2.5 in winter than in summer', () => {
      expect(meanOf('pm25', ['12', '01', '02'])).toBeGreaterThan(1.8 * meanOf('pm25', ['06', '07', '08']));
    });

    it('has higher ozone in summer than in winter', () => {
      expect(meanOf('o3Max8h', ['06', '07', '08'])).toBeGreaterThan(1.8 * meanOf('o3Max8h', ['12', '01', '02']));
    });

    it('gives concentrations from which the server computes AQIs across several levels', () => {
      const levels = daily.map(
        (item) =>
          computeAqi({
            date: str(item.data.date),
            kind: 'daily',
            concentrations: {
              pm25: Number(item.data.pm25),
              pm10: Number(item.data.pm10),
              so2: Number(item.data.so2),
              no2: Number(item.data.no2),
              co: Number(item.data.co),
              o3_8h: Number(item.data.o3Max8h),
              o3_1h: Number(item.data.o3Max1h),
            },
          }).level,
      );

      expect(new Set(levels).size).toBeGreaterThanOrEqual(4);
    });

    it('forecasts ranges whose levels match the AQI level table', () => {
      const wrong = of('api::air-quality-forecast.air-quality-forecast').filter((item) => {
        const levels = aqiStandardForDate({ date: str(item.data.targetDate) }).levels;
        const levelOf = (aqi: number) =>
          levels.find((level) => aqi >= level.aqiMin && (level.aqiMax === null || aqi <= level.aqiMax))?.level;
        return !(
          Number(item.data.aqiMin) <= Number(item.data.aqiMax) &&
          item.data.levelMin === levelOf(Number(item.data.aqiMin)) &&
          item.data.levelMax === levelOf(Number(item.data.aqiMax))
        );
      });

      expect(wrong.map((item) => item.key)).toEqual([]);
    });
  });

  describe('water', () => {
    const sources = of('api::drinking-water-source-report.drinking-water-source-report').flatMap(
      (item) =>
        item.data.sources as {
          compliant: boolean;
          exceededIndicators: unknown[];
          waterWithdrawn: number;
          compliantVolume: number;
        }[],
    );

    it('reports two to four sources per city and month', () => {
      const counts = of('api::drinking-water-source-report.drinking-water-source-report').map(
        (item) => (item.data.sources as unknown[]).length,
      );

      expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...counts)).toBeLessThanOrEqual(4);
    });

    it('lists exceeded indicators for non-compliant sources and none for compliant ones', () => {
      expect(sources.filter((source) => source.compliant === source.exceededIndicators.length > 0)).toEqual([]);
    });

    it('includes some non-compliant sources', () => {
      expect(sources.filter((source) => !source.compliant).length).toBeGreaterThan(0);
    });

    it('never reports more compliant volume than water withdrawn', () => {
      expect(sources.filter((source) => source.compliantVolume > source.waterWithdrawn)).toEqual([]);
    });

    it('gives surface-water values the classifier accepts, across several classes', () => {
      const classes = of('api::surface-water-report.surface-water-report').map(
        (item) =>
          classifySurfaceWater({
            waterbody: item.data.waterbodyType === 'lake' ? 'lake' : 'river',
            values: item.data.values as Record<string, number>,
          }).waterClass,
      );

      expect(new Set(classes).size).toBeGreaterThanOrEqual(3);
    });

    it('names surface-water indicators only by their GB 3838 keys', () => {
      const keys = of('api::surface-water-report.surface-water-report').flatMap((item) =>
        Object.keys(item.data.values as object),
      );

      expect(keys.filter((key) => !(surfaceWaterIndicatorKeys as readonly string[]).includes(key))).toEqual([]);
    });
  });

  describe('EIA projects', () => {
    const projects = of('api::eia-project.eia-project');
    const stagesOf = (item: DemoItem) =>
      item.data.stages as { stage: string; date: string; commentPeriodStart?: string; commentPeriodEnd?: string }[];
    const order = [
      'accepted',
      'proposedApproval',
      'approved',
      'completionAccepted',
      'proposedCompletion',
      'completionApproved',
    ];

    it('puts projects at every stage', () => {
      const current = new Set(projects.map((item) => stagesOf(item).at(-1)?.stage));

      expect([...current].sort()).toEqual([...order].sort());
    });

    it('lists stages in the statutory order, each starting after the previous comment period', () => {
      const wrong = projects.filter((item) =>
        stagesOf(item).some((stage, i, all) => {
          const previous = all[i - 1];
          return (
            stage.stage !== order[i] ||
            (previous !== undefined && stage.date <= (previous.commentPeriodEnd ?? previous.date))
          );
        }),
      );

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('gives acceptance a comment period of 10 working days for a report and 5 for a report form', () => {
      const wrong = projects.filter((item) => {
        const accepted = stagesOf(item)[0];
        const expected = item.data.documentType === 'reportBook' ? 10 : 5;
        const counted =
          workingDaysBetween({
            from: str(accepted?.commentPeriodStart),
            to: str(accepted?.commentPeriodEnd),
            region: config.organisation.regionCode,
          }).days + 1;
        return counted !== expected;
      });

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('includes nuclear or radiation projects', () => {
      expect(projects.filter((item) => item.data.nuclearOrRadiation === true).length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('other categories', () => {
    it('keeps station dose rates between 50 and 150 nGy/h with the mean between min and max', () => {
      const wrong = of('api::radiation-monitoring.radiation-monitoring').filter((item) => {
        const [min, mean, max] = [item.data.doseRateMin, item.data.doseRateMean, item.data.doseRateMax].map(Number) as [
          number,
          number,
          number,
        ];
        return !(min >= 50 && min <= mean && mean <= max && max <= 150);
      });

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('covers all four licence decisions', () => {
      expect(new Set(of('api::radiation-licence.radiation-licence').map((item) => item.data.decision))).toEqual(
        new Set(['new', 'change', 'renewal', 'cancellation']),
      );
    });

    it('releases incident information as initial report first, in time order after the incident', () => {
      const wrong = of('api::environmental-incident.environmental-incident').filter((item) => {
        const releases = item.data.releases as { kind: string; releasedAt: string }[];
        const times = [str(item.data.occurredAt), ...releases.map((release) => release.releasedAt)];
        return releases[0]?.kind !== 'initial' || times.some((time, i) => i > 0 && time <= (times[i - 1] ?? ''));
      });

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('gives complaint totals by channel and by type the same sum', () => {
      const sum = (value: unknown) => Object.values(value as Record<string, number>).reduce((a, b) => a + b, 0);
      const wrong = of('api::complaint-report.complaint-report').filter(
        (item) => sum(item.data.totalsByChannel) !== sum(item.data.totalsByPollutionType),
      );

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('lists 5 to 15 complaint cases a month', () => {
      const counts = of('api::complaint-report.complaint-report').map((item) => (item.data.cases as unknown[]).length);

      expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
      expect(Math.max(...counts)).toBeLessThanOrEqual(15);
    });

    it('numbers enforcement cases like 郑环罚〔2026〕12号, each number once', () => {
      const numbers = of('api::enforcement-action.enforcement-action').map((item) => str(item.data.caseNumber));

      expect(numbers.filter((number) => !/^.环[罚封限移]〔\d{4}〕\d+号$/.test(number))).toEqual([]);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('gives every fine an amount in yuan', () => {
      const wrong = of('api::enforcement-action.enforcement-action').filter(
        (item) => ['fine', 'dailyPenalty'].includes(str(item.data.measure)) && !(Number(item.data.amount) > 0),
      );

      expect(wrong.map((item) => item.key)).toEqual([]);
    });

    it('writes policy bodies in markdown with a demo disclaimer', () => {
      const wrong = of('api::policy-document.policy-document').filter(
        (item) => !/^# /.test(str(item.data.body)) || !str(item.data.body).includes('演示'),
      );

      expect(wrong.map((item) => item.key)).toEqual([]);
    });
  });

  describe.each<[string, number]>([
    ['2026-01-03', 3],
    ['2028-02-29', 99],
  ])('on %s with seed %i', (today, seed) => {
    const other = generateDemoContent({ seed, today });

    it('still conforms to the Strapi schemas', () => {
      expect(schemaProblems(other)).toEqual([]);
    });

    it('still dates nothing later than today', () => {
      expect(futureDates(other, today)).toEqual([]);
    });

    it('still gives every item a unique key', () => {
      expect(new Set(other.map((item) => item.key)).size).toBe(other.length);
    });
  });
});
