import { startTestStack, type TestStack } from './helpers/stack';
import { adminLogin, createDepartmentToken, errorCodes, graphql, request } from './helpers/api';
import { fixture, fixtures, type CategoryFixture } from './helpers/fixtures';
import { actingAs } from '../src/disclosure/workflow/workflow-actor';

const indexNumberPattern = /^\d{9}\/2026-\d{5}$/;
const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

let stack: TestStack;
let token: string;
/** A token bound to each producing department: only its own department's items can be written with it. */
const tokens: Record<string, string> = {};
let jwt: string;

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  for (const department of new Set([...fixtures.map((f) => f.department), 'outreach']))
    tokens[department] = await createDepartmentToken(stack.strapi, department);
  token = tokens.monitoring!;
  // Admin logins are rate-limited: log in once.
  jwt = await adminLogin(stack.url, 'admin@disclosure-hub.local', 'Admin2026!');
});

afterAll(async () => {
  await stack?.stop();
});

const createDraft = (f: CategoryFixture, data: Record<string, unknown> = f.data) =>
  request(`${stack.url}/api/${f.plural}?status=draft&populate=*`, {
    method: 'POST',
    token: tokens[f.department],
    body: { data },
  });

const countDrafts = async (f: CategoryFixture) => stack.strapi.db.query(f.uid as never).count({});

describe.each(fixtures.map((f) => [f.plural, f] as const))('%s', (_name, f) => {
  it('is created as a draft over REST with a server-assigned index number', async () => {
    const { status, body } = await createDraft(f);

    expect(status).toBe(201);
    expect(body.data.metadata.indexNumber).toMatch(indexNumberPattern);
  });

  it('is read back over REST and GraphQL, and translated into English', async () => {
    const created = await createDraft(f);
    const documentId = created.body.data.documentId as string;

    const translated = await request(`${stack.url}/api/${f.plural}/${documentId}?locale=en&status=draft`, {
      method: 'PUT',
      token: tokens[f.department],
      body: { data: { ...f.data, ...f.en, metadata: undefined } },
    });
    const zh = await request(`${stack.url}/api/${f.plural}/${documentId}?status=draft&populate=metadata`, { token });
    const en = await request(`${stack.url}/api/${f.plural}/${documentId}?status=draft&locale=en&populate=metadata`, {
      token,
    });
    const gql = await graphql(stack.url, {
      token,
      query: `query($id: ID!) { ${f.graphqlName}(documentId: $id, status: DRAFT, locale: "en") { title metadata { indexNumber } } }`,
      variables: { id: documentId },
    });

    expect(translated.status).toBe(200);
    expect(zh.body.data.title).toBe(f.data.title);
    expect(en.body.data.title).toBe(f.en.title);
    expect(en.body.data.metadata.indexNumber).toBe(zh.body.data.metadata.indexNumber);
    expect(gql.body.data?.[f.graphqlName]).toEqual({
      title: f.en.title,
      metadata: { indexNumber: zh.body.data.metadata.indexNumber },
    });
  });

  it('is created, edited and read in the admin content manager, in both locales', async () => {
    const department = await stack.strapi.db
      .query('api::department.department')
      .findOne({ where: { code: f.department } });
    const metadata = { ...(f.data.metadata as object), department: { connect: [{ id: department.id }] } };
    const base = `${stack.url}/content-manager/collection-types/${f.uid}`;

    const created = await request(base, { method: 'POST', token: jwt, body: { ...f.data, metadata } });
    const documentId = created.body.data.documentId as string;
    const edited = await request(`${base}/${documentId}`, {
      method: 'PUT',
      token: jwt,
      body: { ...created.body.data, title: `${f.data.title}（修订）` },
    });
    const translated = await request(`${base}/${documentId}?locale=en`, {
      method: 'PUT',
      token: jwt,
      body: { ...created.body.data, ...f.en, locale: 'en' },
    });
    const readZh = await request(`${base}/${documentId}?locale=zh-CN`, { token: jwt });
    const readEn = await request(`${base}/${documentId}?locale=en`, { token: jwt });

    expect([created.status, edited.status, translated.status]).toEqual([201, 200, 200]);
    expect(readZh.body.data.title).toBe(`${f.data.title}（修订）`);
    expect(readEn.body.data.title).toBe(f.en.title);
    expect(readEn.body.data.metadata.indexNumber).toBe(created.body.data.metadata.indexNumber);
  });

  it.each([
    ['a region code that is not GB/T 2260', { regionCode: '4101' }, 'INVALID_REGION_CODE'],
    ['an unknown province', { regionCode: '990100' }, 'INVALID_REGION_CODE'],
    ['a future date formed', { dateFormed: tomorrow() }, 'DATE_IN_FUTURE'],
    ['an on-request item without its exemption basis', { attribute: 'onRequest' }, 'EXEMPTION_BASIS_REQUIRED'],
    ['a proactive item with an exemption basis', { exemptionBasis: 'stateSecret' }, 'EXEMPTION_BASIS_NOT_ALLOWED'],
    ['a department that does not produce the category', { department: 'outreach' }, 'DEPARTMENT_NOT_PRODUCER'],
    ['an unknown department', { department: 'nowhere' }, 'UNKNOWN_DEPARTMENT'],
    ['a client-chosen index number', { indexNumber: '000000001/2026-99999' }, 'READ_ONLY_FIELD'],
  ])('refuses %s with a 400 and writes nothing', async (_label, change, code) => {
    const before = await countDrafts(f);

    // Written by a member of the department asked for, so that validation (not authorization) answers.
    const writer = tokens[(change as { department?: string }).department ?? f.department] ?? tokens[f.department];
    const { status, body } = await request(`${stack.url}/api/${f.plural}?status=draft`, {
      method: 'POST',
      token: writer,
      body: { data: { ...f.data, metadata: { ...(f.data.metadata as object), ...change } } },
    });

    expect(status).toBe(400);
    expect(errorCodes(body.error)).toContain(code);
    expect(await countDrafts(f)).toBe(before);
  });
});

describe('air-quality daily reports', () => {
  const air = fixture('api::air-quality-daily.air-quality-daily');

  it('derives AQI, level, category and primary pollutant by the standard in force on the date', async () => {
    const { body } = await createDraft(air);

    // HJ 633-2026 applies from 2026-03-01; PM2.5 80 µg/m³ is the highest IAQI here.
    expect(body.data).toMatchObject({ standard: 'HJ 633-2026', primaryPollutants: ['pm25'] });
    expect(body.data.level).toBeGreaterThanOrEqual(2);
  });

  it('accepts a client value that agrees with the computation', async () => {
    const computed = (await createDraft(air)).body.data;

    const { status } = await createDraft(air, { ...air.data, aqi: computed.aqi, level: computed.level });

    expect(status).toBe(201);
  });

  it('recomputes the derived fields when a concentration is updated', async () => {
    const created = (await createDraft(air)).body.data;

    const { body } = await request(`${stack.url}/api/${air.plural}/${created.documentId}?status=draft&populate=*`, {
      method: 'PUT',
      token,
      body: { data: { pm25: 260 } },
    });

    expect(body.data.aqi).toBeGreaterThan(created.aqi);
    expect(body.data.primaryPollutants).toEqual(['pm25']);
  });

  it.each([
    ['a negative concentration', { pm25: -3 }, 'VALUE_OUT_OF_RANGE'],
    ['an impossible concentration', { pm10: 99999 }, 'VALUE_OUT_OF_RANGE'],
    ['a missing pollutant', { no2: null }, 'REQUIRED'],
    ['a date in the future', { date: tomorrow() }, 'DATE_IN_FUTURE'],
    ['an AQI that disagrees with the concentrations', { aqi: 7 }, 'DERIVED_FIELD_MISMATCH'],
    ['a level that disagrees with the concentrations', { level: 6 }, 'DERIVED_FIELD_MISMATCH'],
  ])('refuses %s', async (_label, change, code) => {
    const { status, body } = await createDraft(air, { ...air.data, ...change });

    expect(status).toBe(400);
    expect(errorCodes(body.error)).toContain(code);
  });
});

describe('category rules', () => {
  it.each([
    [
      'an EIA builder credit code with a wrong check character',
      'api::eia-project.eia-project',
      { builderCreditCode: '91410100MA00000Y47' },
      'INVALID_CREDIT_CODE',
    ],
    [
      'EIA stages out of order',
      'api::eia-project.eia-project',
      {
        stages: [
          { stage: 'approved', date: '2026-03-10' },
          { stage: 'accepted', date: '2026-03-11' },
        ],
      },
      'DATE_ORDER',
    ],
    [
      'a surface-water class that disagrees with the indicators',
      'api::surface-water-report.surface-water-report',
      { waterClass: 'I' },
      'DERIVED_FIELD_MISMATCH',
    ],
    [
      'an unknown water indicator',
      'api::surface-water-report.surface-water-report',
      { values: { arsenicish: 1 } },
      'INVALID_VALUE',
    ],
    ['a fine without an amount', 'api::enforcement-action.enforcement-action', { amount: null }, 'REQUIRED'],
    [
      'a dose-rate mean outside min and max',
      'api::radiation-monitoring.radiation-monitoring',
      { doseRateMean: 200 },
      'INVALID_VALUE',
    ],
    [
      'incident releases before the incident',
      'api::environmental-incident.environmental-incident',
      { releases: [{ kind: 'initial', releasedAt: '2026-03-01T00:00:00.000Z', content: '初报' }] },
      'DATE_ORDER',
    ],
    [
      '12369 totals that do not add up',
      'api::complaint-report.complaint-report',
      { totalsByPollutionType: { air: 1 } },
      'INVALID_VALUE',
    ],
    [
      'a forecast whose maximum is below its minimum',
      'api::air-quality-forecast.air-quality-forecast',
      { aqiMin: 120, aqiMax: 80 },
      'INVALID_VALUE',
    ],
  ])('refuses %s', async (_label, uid, change, code) => {
    const f = fixture(uid);

    const { status, body } = await createDraft(f, { ...f.data, ...change });

    expect(status).toBe(400);
    expect(errorCodes(body.error)).toContain(code);
  });

  it('derives the drinking-water volume compliance rate', async () => {
    const { body } = await createDraft(fixture('api::drinking-water-source-report.drinking-water-source-report'));

    expect(body.data).toMatchObject({ sourceCount: 2, compliantSourceCount: 1, volumeComplianceRate: 80 });
  });

  it('has no field for a 12369 complainant, and refuses one', async () => {
    const f = fixture('api::complaint-report.complaint-report');
    const caseAttributes = Object.keys(stack.strapi.getModel('complaint.case' as never).attributes);

    const { status } = await createDraft(f, {
      ...f.data,
      cases: [{ reportedEntity: '某公司', problem: '噪声', complainantName: '张三', complainantPhone: '13800138000' }],
    });

    expect(caseAttributes.filter((a) => /complain|phone|name|contact/i.test(a))).toEqual([]);
    expect(status).toBe(400);
  });
});

describe('every write path', () => {
  const air = fixture('api::air-quality-daily.air-quality-daily');

  it('refuses bad input over GraphQL with BAD_USER_INPUT and the field codes', async () => {
    const { body } = await graphql(stack.url, {
      token,
      query: `mutation($data: AirQualityDailyInput!) { createAirQualityDaily(data: $data, status: DRAFT) { documentId } }`,
      variables: { data: { ...air.data, metadata: { ...(air.data.metadata as object), regionCode: '12' }, pm25: -1 } },
    });

    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorCodes(body.errors?.[0])).toEqual(['INVALID_REGION_CODE', 'VALUE_OUT_OF_RANGE']);
  });

  it('creates over GraphQL with a server-assigned index number', async () => {
    const { body } = await graphql(stack.url, {
      token,
      query: `mutation($data: AirQualityDailyInput!) { createAirQualityDaily(data: $data, status: DRAFT) { metadata { indexNumber } aqi } }`,
      variables: { data: air.data },
    });

    expect(body.data?.createAirQualityDaily.metadata.indexNumber).toMatch(indexNumberPattern);
  });

  it('creates and refuses through the admin content manager', async () => {
    const department = await stack.strapi.db
      .query('api::department.department')
      .findOne({ where: { code: 'monitoring' } });
    const adminData = {
      ...air.data,
      metadata: { ...(air.data.metadata as object), department: { connect: [{ id: department.id }] } },
    };

    const good = await request(`${stack.url}/content-manager/collection-types/${air.uid}`, {
      method: 'POST',
      token: jwt,
      body: adminData,
    });
    const bad = await request(`${stack.url}/content-manager/collection-types/${air.uid}`, {
      method: 'POST',
      token: jwt,
      body: { ...adminData, date: tomorrow() },
    });

    expect(good.status).toBe(201);
    expect(good.body.data.metadata.indexNumber).toMatch(indexNumberPattern);
    expect(bad.status).toBe(400);
    expect(errorCodes(bad.body.error)).toContain('DATE_IN_FUTURE');
  });

  it('shows derived fields and the index number as read-only in the admin edit view', async () => {
    const { body } = await request(`${stack.url}/content-manager/content-types/${air.uid}/configuration`, {
      token: jwt,
    });

    expect(body.data.contentType.metadatas.aqi.edit.editable).toBe(false);
    expect(body.data.contentType.metadatas.pm25.edit.editable).toBe(true);
    expect(body.data.components['disclosure.metadata'].metadatas.indexNumber.edit.editable).toBe(false);
  });

  it('refuses an in-process Document Service write that names no writer', async () => {
    const call = stack.strapi.documents(air.uid as never).create({ data: air.data as never });

    await expect(call).rejects.toMatchObject({ details: { code: 'WRITER_REQUIRED' } });
  });

  it('validates in-process Document Service calls (scripts) too', async () => {
    const editor = { id: 'script:test', departments: [{ code: 'monitoring', roles: ['editor' as const] }] };
    const call = actingAs(editor, () =>
      stack.strapi.documents(air.uid as never).create({ data: { ...air.data, pm25: -1 } as never }),
    );

    await expect(call).rejects.toMatchObject({
      name: 'ValidationError',
      details: { code: 'DISCLOSURE_VALIDATION_FAILED' },
    });
  });
});

describe('index numbers', () => {
  it('stay unique and gap-free under concurrent creation', async () => {
    const f = fixture('api::policy-document.policy-document');

    const responses = await Promise.all(Array.from({ length: 30 }, () => createDraft(f)));
    const numbers = responses.map((r) => r.body.data.metadata.indexNumber as string);
    const serials = numbers.map((n) => Number(n.slice(-5))).sort((a, b) => a - b);

    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(new Set(numbers).size).toBe(30);
    expect(serials[29]! - serials[0]!).toBe(29);
  });

  it('are never reused after a deletion', async () => {
    const f = fixture('api::key-polluter.key-polluter');
    const first = (await createDraft(f)).body.data;
    await request(`${stack.url}/api/${f.plural}/${first.documentId}`, {
      method: 'DELETE',
      token: tokens[f.department],
    });

    const second = (await createDraft(f)).body.data;

    expect(second.metadata.indexNumber).not.toBe(first.metadata.indexNumber);
    expect(Number(second.metadata.indexNumber.slice(-5))).toBeGreaterThan(Number(first.metadata.indexNumber.slice(-5)));
  });

  it('cannot be changed by an update', async () => {
    const f = fixture('api::policy-document.policy-document');
    const created = (await createDraft(f)).body.data;

    const { status, body } = await request(
      `${stack.url}/api/${f.plural}/${created.documentId}?status=draft&populate=*`,
      {
        method: 'PUT',
        token: tokens[f.department],
        body: { data: { metadata: { ...(f.data.metadata as object), indexNumber: '000000001/2026-00001' } } },
      },
    );

    expect(status).toBe(400);
    expect(errorCodes(body.error)).toEqual(['READ_ONLY_FIELD']);
  });
});
