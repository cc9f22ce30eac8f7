import { loadDomainConfig } from '@disclosure-hub/config';
import type { DomainConfig } from '@disclosure-hub/config';
import {
  applyIndexSettings,
  buildIndexSettings,
  buildSynonyms,
  filterableFields,
  indexUidFor,
  SearchError,
  toSearchDocument,
} from '../src';
import type { PublishedDisclosure } from '../src';
import { settingsDifferences } from '../src/settings/settings-differences';
import { publishedDisclosure, startTestMeilisearch, uidOf } from './support/published-disclosures';
import type { TestMeilisearch } from './support/published-disclosures';

jest.setTimeout(60_000);

describe('indexUidFor', () => {
  it.each([
    ['zh-CN', undefined, 'disclosures-zh-cn'],
    ['en', undefined, 'disclosures-en'],
    ['zh-CN', 'test7', 'test7-zh-cn'],
  ])('names the %s index with prefix %s %s', (locale, prefix, expected) => {
    expect(indexUidFor(locale, { prefix })).toBe(expected);
  });
});

describe('buildSynonyms', () => {
  it('maps every member of a group to every other member', () => {
    expect(buildSynonyms([['环评', '环境影响评价', 'EIA']])).toEqual({
      环评: ['环境影响评价', 'EIA'],
      环境影响评价: ['环评', 'EIA'],
      EIA: ['环评', '环境影响评价'],
    });
  });

  it('merges the groups of a term that occurs in two groups', () => {
    expect(
      buildSynonyms([
        ['举报', '投诉'],
        ['12369', '举报'],
      ])['举报'],
    ).toEqual(['投诉', '12369']);
  });
});

describe('buildIndexSettings', () => {
  const zh = buildIndexSettings('zh-CN');

  it.each([
    ['zh-CN', 'cmn'],
    ['en', 'eng'],
  ])('declares every field of the %s index as %s', (locale, meiliLocale) => {
    expect(buildIndexSettings(locale).localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: [meiliLocale] },
    ]);
  });

  it('puts recency after every relevance rule', () => {
    expect(zh.rankingRules?.at(-1)).toBe('publishedAtTs:desc');
    expect(zh.rankingRules?.indexOf('exactness')).toBe((zh.rankingRules?.length ?? 0) - 2);
  });

  it.each(['PM2.5', '细颗粒物', '环评', '12369', '突发环境事件'])(
    'has synonyms for %s from the configuration',
    (term) => {
      expect(zh.synonyms?.[term]?.length).toBeGreaterThan(0);
    },
  );

  it('makes every facet the catalogue names filterable through its field', () => {
    expect(zh.filterableAttributes).toEqual(
      expect.arrayContaining([
        'category',
        'column',
        'regionCodes',
        'year',
        'dateFormedTs',
        'publishedAtTs',
        'aqiLevel',
        'waterClass',
        'incidentGrade',
        'eiaStage',
        'documentType',
        'controlLevel',
        'listYear',
        'measure',
        'decision',
      ]),
    );
  });

  it('rejects a catalogue facet that no search field fills', () => {
    const config = loadDomainConfig();
    const [first, ...rest] = config.catalog.categories;
    const broken = {
      ...config,
      catalog: { ...config.catalog, categories: [{ ...first!, searchFacets: ['colour'] }, ...rest] },
    } as DomainConfig;

    expect(() => filterableFields(broken)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('settingsDifferences', () => {
  it('ignores the order of filterable attributes but not of ranking rules', () => {
    const differences = settingsDifferences(
      { filterableAttributes: ['a', 'b'], rankingRules: ['words', 'typo'] },
      { filterableAttributes: ['b', 'a'], rankingRules: ['typo', 'words'] },
    );

    expect(differences.map((d) => d.field)).toEqual(['rankingRules']);
  });

  it('reports a synonym Meilisearch does not hold', () => {
    const differences = settingsDifferences({ synonyms: { a: ['b'], b: ['a'] } }, { synonyms: { a: ['b'] } });

    expect(differences.map((d) => d.field)).toEqual(['synonyms']);
  });
});

describe('an index with the applied settings', () => {
  let meili: TestMeilisearch;
  const indexPrefix = 'settings';
  const uid = indexUidFor('zh-CN', { prefix: indexPrefix });

  const item = (category: string, fields: Partial<PublishedDisclosure> & Record<string, unknown>) => {
    const document = toSearchDocument({ uid: uidOf(category), locale: 'zh-CN', document: publishedDisclosure(fields) });
    return { ...document! };
  };

  beforeAll(async () => {
    meili = await startTestMeilisearch();
    await applyIndexSettings({ client: meili.admin, locale: 'zh-CN', indexPrefix });
    const documents = [
      item('air-quality-daily', {
        documentId: 'air1',
        title: '郑州市2026年1月5日空气质量日报',
        description: { summary: '首要污染物为PM2.5，属轻度污染。' },
        level: 3,
      }),
      item('eia-project', {
        documentId: 'eia1',
        title: '某热电厂扩建项目环评受理公示',
        metadata: { ...publishedDisclosure().metadata, regionCode: '410122' },
        currentStage: 'accepted',
      }),
      item('policy-document', {
        documentId: 'pol-old',
        title: '关于加强辐射安全管理的通知',
        publishedAt: '2025-01-10T02:00:00.000Z',
        metadata: { ...publishedDisclosure().metadata, regionCode: '411302' },
      }),
      item('policy-document', {
        documentId: 'pol-new',
        title: '关于加强辐射安全管理的通知',
        publishedAt: '2026-01-10T02:00:00.000Z',
        metadata: { ...publishedDisclosure().metadata, regionCode: '410105' },
      }),
    ];
    await meili.admin.waitForTask((await meili.admin.addDocuments(uid, documents)).taskUid);
  });

  afterAll(async () => {
    await meili?.stop();
  });

  const ids = async (params: Parameters<TestMeilisearch['admin']['search']>[1]) =>
    (await meili.admin.search(uid, { locales: ['cmn'], ...params })).hits.map((hit) => hit.documentId);

  it('reads back exactly the settings it applied', async () => {
    const actual = await meili.admin.getSettings(uid);

    expect(settingsDifferences(buildIndexSettings('zh-CN'), actual)).toEqual([]);
  });

  it('applies the same settings again without error (idempotent deploys)', async () => {
    await expect(applyIndexSettings({ client: meili.admin, locale: 'zh-CN', indexPrefix })).resolves.toEqual(
      buildIndexSettings('zh-CN'),
    );
  });

  it.each([
    ['细颗粒物', 'a PM2.5 report', ['air1']],
    ['环境影响评价', 'a 环评 notice', ['eia1']],
  ])('finds %s in %s through synonyms', async (q, _what, expected) => {
    expect(await ids({ q, matchingStrategy: 'all' })).toEqual(expected);
  });

  it('filters by category', async () => {
    expect(await ids({ filter: 'category = "eia-project"' })).toEqual(['eia1']);
  });

  it('filters a prefecture and everything below it through regionCodes', async () => {
    expect((await ids({ filter: 'regionCodes = "410100"' })).sort()).toEqual(['air1', 'eia1', 'pol-new']);
  });

  it('counts facet values by category', async () => {
    const result = await meili.admin.search(uid, { facets: ['category'], limit: 0 });

    expect(result.facetDistribution?.['category']).toEqual({
      'air-quality-daily': 1,
      'eia-project': 1,
      'policy-document': 2,
    });
  });

  it('breaks a relevance tie by the newer publication', async () => {
    expect(await ids({ q: '辐射安全管理' })).toEqual(['pol-new', 'pol-old']);
  });

  it('lets relevance win over recency', async () => {
    expect((await ids({ q: '空气质量日报' }))[0]).toBe('air1');
  });
});

describe('applyIndexSettings when Meilisearch does not keep a setting', () => {
  let meili: TestMeilisearch;

  beforeAll(async () => {
    meili = await startTestMeilisearch();
  });

  afterAll(async () => {
    await meili?.stop();
  });

  it('throws SETTINGS_NOT_APPLIED naming the setting Meilisearch changed', async () => {
    // Meilisearch silently drops the duplicate, so the read-back differs from what was sent.
    const settings = { ...buildIndexSettings('zh-CN'), searchableAttributes: ['title', 'title', 'text'] };

    const error = await applyIndexSettings({
      client: meili.admin,
      locale: 'zh-CN',
      indexPrefix: 'dup',
      settings,
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SearchError);
    expect(error).toMatchObject({
      code: 'SETTINGS_NOT_APPLIED',
      details: { differences: [expect.objectContaining({ field: 'searchableAttributes' })] },
    });
  });
});
