import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from './helpers/stack';
import { request } from './helpers/api';
import { fixture } from './helpers/fixtures';
import { loginDemoStaff } from './helpers/chain';
import { launchChromium } from './helpers/browser';
import { publishAirReport, waitUntilSearchable as waitForSearch } from './helpers/air-reports';
import {
  airDay,
  airStationsOf,
  localDate,
  newProducerToken,
  sendMeasurements,
  settledRelease,
} from './helpers/measurements';

const repo = path.resolve(__dirname, '../..');
const portalDir = path.join(repo, 'frontends/portal');
const air = fixture('api::air-quality-daily.air-quality-daily');
// HJ 633 colours: green, yellow, orange, red, purple, maroon.
const colours = [
  'rgb(0, 228, 0)',
  'rgb(255, 255, 0)',
  'rgb(255, 126, 0)',
  'rgb(255, 0, 0)',
  'rgb(153, 0, 76)',
  'rgb(126, 0, 35)',
];
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let stack: TestStack;
let jwt: Record<string, string>;
let browser: Browser;
let portal: Server;
let portalUrl: string;
let outDir: string;

const publish = (item: { title: string; city: string; pm25: number; date: string }) =>
  publishAirReport(stack, jwt, item);
const waitUntilSearchable = (q: string, count: number) => waitForSearch(stack, q, count);

async function publishedAirReports(): Promise<any[]> {
  return (await request(`${stack.url}/api/${air.plural}?populate=metadata&pagination[pageSize]=100`)).body.data;
}

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  jwt = await loginDemoStaff(stack.url);
  await publish({ title: '开封市2026年3月14日空气质量日报（门户测试）', city: '开封市', pm25: 30, date: '2026-03-14' });
  await publish({
    title: '洛阳市2026年3月15日空气质量日报（门户测试）',
    city: '洛阳市',
    pm25: 160,
    date: '2026-03-15',
  });
  await waitUntilSearchable('门户测试', 2);

  // Vite is ESM-only: build in a child process, as a bureau's CI would.
  outDir = mkdtempSync(path.join(tmpdir(), 'portal-dist-'));
  const build = spawnSync(
    process.execPath,
    [path.join(portalDir, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    { cwd: portalDir, env: { ...process.env, CMS_URL: stack.url }, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`portal build failed: ${build.stderr}${build.stdout}`);

  // Any static host will do: the portal routes by hash.
  portal = createServer((req, res) => {
    const file = path.join(outDir, path.normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)));
    const target = file.startsWith(outDir) && !file.endsWith(path.sep) ? file : path.join(outDir, 'index.html');
    try {
      const body = readFileSync(target);
      res.writeHead(200, {
        'Content-Type': `${types[path.extname(target)] ?? 'application/octet-stream'}; charset=utf-8`,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => portal?.close(resolve));
  await stack?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function open(hash: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('disclosure-portal.locale', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, locale);
  await page.goto(`${portalUrl}${hash}`);
  return page;
}

const columnTitles = (page: Page) => page.locator('ol.items li a').allInnerTexts();

describe('the reference portal', () => {
  it('shows the catalogue by column with the air-quality count and today’s air quality in the HJ 633 colours', async () => {
    const page = await open('#/');
    const category = page.locator('section.column[data-column="airQuality"] li[data-category="air-quality-daily"]');
    await category.locator('.count').waitFor();
    await page.locator('.aqi-tile').first().waitFor();

    const reports = await publishedAirReports();
    const tiles = await page
      .locator('.aqi-tile')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-level'), getComputedStyle(n).backgroundColor]));

    expect(await category.locator('.count').innerText()).toBe(String(reports.length));
    expect(await category.locator('a').innerText()).toBe('空气质量日报');
    expect(await page.locator('section.column[data-column="airQuality"] h3').innerText()).toBe('空气质量');
    expect(tiles.sort()).toEqual(reports.map((r) => [String(r.level), colours[r.level - 1]]).sort());
    expect(new Set(tiles.map(([level]) => level)).size).toBe(2);
    await page.close();
  });

  it('lists a published item in its column, newest first, linking to its item page', async () => {
    const page = await open('#/category/air-quality-daily');
    await page.locator('ol.items li').first().waitFor();

    expect(await columnTitles(page)).toEqual([
      '洛阳市2026年3月15日空气质量日报（门户测试）',
      '开封市2026年3月14日空气质量日报（门户测试）',
    ]);
    expect(await page.locator('#breadcrumb [aria-current="page"]').innerText()).toBe('空气质量日报');
    await page.close();
  });

  it('shows the item page with its index number, publishing organisation, date formed and document number', async () => {
    const [report] = (await publishedAirReports()).filter((r) => r.city === '开封市');
    const page = await open('#/category/air-quality-daily');
    await page.locator('ol.items li a', { hasText: '开封市' }).click();
    await page.locator('table.metadata').waitFor();
    const cell = (label: string) =>
      page.locator('table.metadata tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');

    expect(page.url()).toBe(`${portalUrl}#/item/air-quality-daily/${report.documentId}`);
    expect(await page.locator('h1').innerText()).toBe('开封市2026年3月14日空气质量日报（门户测试）');
    expect(await cell('索引号').innerText()).toBe(report.metadata.indexNumber);
    expect(await cell('发布机构').innerText()).toBe('示例市生态环境局');
    expect(await cell('生成日期').innerText()).toBe('2026-03-14');
    expect(await cell('文号').innerText()).toBe('郑环〔2026〕8号');
    await page.close();
  });

  it('says so when an item does not exist', async () => {
    const page = await open('#/item/air-quality-daily/doesnotexist000000000000');
    await page.locator('.not-found').waitFor();

    expect(await page.locator('.not-found').innerText()).toBe('未找到该信息，可能已撤回或不存在。');
    await page.close();
  });

  it('switches its UI to English and remembers the choice', async () => {
    const page = await open('#/');
    await page.locator('li[data-category="air-quality-daily"] .count').waitFor();
    await page.locator('#lang-switch').click();
    await page.locator('#catalogue-heading', { hasText: 'Disclosure catalogue' }).waitFor();
    await page.locator('li[data-category="air-quality-daily"] a', { hasText: 'Daily air quality' }).waitFor();
    await page.reload();
    await page.locator('#air-heading').waitFor();

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#bureau-name').innerText()).toBe('Example City Ecology and Environment Bureau');
    expect(await page.locator('#air-heading').innerText()).toBe("Today's air quality");
    expect(await page.locator('#lang-switch').innerText()).toBe('中文');
    expect(await page.locator('disclosure-search').getAttribute('locale')).toBe('en');
    await page.close();
  });

  it('shows an item published after the page was loaded after a reload, and the widget finds it', async () => {
    const page = await open('#/category/air-quality-daily');
    await page.locator('ol.items li').first().waitFor();
    const before = await columnTitles(page);

    await publish({
      title: '新乡市2026年3月16日空气质量日报（门户新增）',
      city: '新乡市',
      pm25: 60,
      date: '2026-03-16',
    });
    await waitUntilSearchable('新乡', 1);
    await page.reload();
    await page.locator('ol.items li a', { hasText: '新乡市' }).waitFor();
    const after = await columnTitles(page);
    await page.goto(`${portalUrl}#/`);
    const input = page.locator('disclosure-search input[type=search]');
    await page.locator('disclosure-search ol.results li').first().waitFor();
    await input.fill('新乡');
    await input.press('Enter');
    await page.locator('disclosure-search .count', { hasText: '共找到 1 条结果' }).waitFor();
    const hit = page.locator('disclosure-search ol.results li a');

    expect(before).not.toContain('新乡市2026年3月16日空气质量日报（门户新增）');
    expect(after[0]).toBe('新乡市2026年3月16日空气质量日报（门户新增）');
    expect(await page.locator('disclosure-search ol.results li a').allInnerTexts()).toEqual([
      '新乡市2026年3月16日空气质量日报（门户新增）',
    ]);
    expect(await hit.getAttribute('href')).toMatch(/^#\/item\/air-quality-daily\/[^/]+$/);
    await page.close();
  });

  it('charts the hourly data behind a daily release of monitoring data, with the numbers as a table', async () => {
    const token = await newProducerToken(stack.strapi, 'monitoring');
    const date = localDate(2);
    const sent = await sendMeasurements(stack.url, token, airDay(date, airStationsOf('410100')));
    expect(sent.status).toBe(200);
    const release = await settledRelease(stack.url, token, '410100', date);
    expect(release.status).toBe('published');

    const page = await open(`#/item/air-quality-daily/${release.documentId}`);
    await page.locator('svg.hourly-chart').waitFor();
    const pm25 = (await page.locator('svg.hourly-chart polyline[data-field=pm25]').getAttribute('points'))!;
    const rows = page.locator('table.hourly-table tbody tr');

    expect(pm25.trim().split(/\s+/)).toHaveLength(24);
    expect(await rows.count()).toBe(24);
    // 00:00, the mean of the eight stations: pm25 = 30 + (s % 5) → (30+31+32+33+34+30+31+32) / 8 = 31.6
    expect(await rows.first().locator('th').textContent()).toBe('00:00');
    expect(await rows.first().locator('td').first().textContent()).toBe('31.6');
    expect(await page.locator('#hourly-heading').innerText()).toBe('逐时监测数据');
    await page.close();
  });
});
