import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from './helpers/stack';
import { request } from './helpers/api';
import { fixture } from './helpers/fixtures';
import { loginDemoStaff } from './helpers/chain';
import { launchChromium } from './helpers/browser';
import { publishAirReport, waitUntilSearchable } from './helpers/air-reports';

const air = fixture('api::air-quality-daily.air-quality-daily');
let stack: TestStack;
let browser: Browser;
let portal: Server;
let portalUrl: string;

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  const jwt = await loginDemoStaff(stack.url);
  const items = [
    ['开封市2026年3月14日空气质量日报（检索组件测试）', '开封市', 30, '2026-03-14'],
    ['洛阳市2026年3月15日空气质量日报（检索组件测试）', '洛阳市', 160, '2026-03-15'],
  ] as const;
  for (const [title, city, pm25, date] of items) await publishAirReport(stack, jwt, { title, city, pm25, date });
  await waitUntilSearchable(stack, '检索组件测试', 2);
  // A portal on another origin embedding the widget with one script tag.
  portal = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <script type="module" src="${stack.url}/widget/disclosure-search.js"></script></head>
      <body><h1>某县生态环境局 · 信息公开</h1>
      <disclosure-search api-base="${stack.url}" locale="zh-CN"></disclosure-search></body></html>`);
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => portal?.close(resolve));
  await stack?.stop();
});

const widget = (page: Page) => page.locator('disclosure-search');
const titles = (page: Page) => widget(page).locator('ol.results li a').allInnerTexts();

async function searchFor(page: Page, q: string): Promise<void> {
  await widget(page).locator('input[type=search]').fill(q);
  await widget(page).locator('input[type=search]').press('Enter');
}

describe('the search widget', () => {
  it('finds a known item by a Chinese query on the CMS demo page, with the query highlighted', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.url}/widget`);

    await searchFor(page, '开封');
    await widget(page).locator('ol.results li').first().waitFor();

    expect(await titles(page)).toEqual(['开封市2026年3月14日空气质量日报（检索组件测试）']);
    expect(await widget(page).locator('ol.results li a mark').first().innerText()).toBe('开封');
    expect(await widget(page).locator('.count').innerText()).toBe('共找到 1 条结果');
    await page.close();
  });

  it('works embedded in a plain page of another origin, narrows by a facet and shows AQI colours', async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await widget(page).locator('ol.results li').first().waitFor();

    await searchFor(page, '检索组件测试');
    await page.waitForFunction(() =>
      document.querySelector('disclosure-search')?.shadowRoot?.querySelector('.count')?.textContent?.includes('2'),
    );
    await widget(page).locator('button[data-facet="category"][data-value="air-quality-daily"]').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('disclosure-search')
          ?.shadowRoot?.querySelector('button[data-facet="category"][data-value="air-quality-daily"]')
          ?.getAttribute('aria-pressed') === 'true',
    );

    expect((await titles(page)).sort()).toEqual([
      '开封市2026年3月14日空气质量日报（检索组件测试）',
      '洛阳市2026年3月15日空气质量日报（检索组件测试）',
    ]);
    const badges = await widget(page)
      .locator('.badge.aqi')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-level'), getComputedStyle(n).backgroundColor]));
    const stored = await request(
      `${stack.url}/api/${air.plural}?filters[title][$contains]=${encodeURIComponent('检索组件测试')}`,
    );
    // HJ 633 colours: green, yellow, orange, red, purple, maroon.
    const colours = [
      'rgb(0, 228, 0)',
      'rgb(255, 255, 0)',
      'rgb(255, 126, 0)',
      'rgb(255, 0, 0)',
      'rgb(153, 0, 76)',
      'rgb(126, 0, 35)',
    ];

    expect(badges.sort()).toEqual(
      stored.body.data.map((item: { level: number }) => [String(item.level), colours[item.level - 1]]).sort(),
    );
    expect(new Set(badges.map(([level]) => level)).size).toBe(2);

    await widget(page).locator('button[data-sort="newest"]').click();
    await widget(page).locator('button[data-sort="newest"][aria-pressed="true"]').waitFor();
    // Newest first: Luoyang's report is of the 15th, Kaifeng's of the 14th.
    expect((await titles(page))[0]).toBe('洛阳市2026年3月15日空气质量日报（检索组件测试）');
    await page.close();
  });

  it('says so when nothing is found, and switches to English', async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await widget(page).locator('ol.results li').first().waitFor();

    await searchFor(page, '完全不存在的词语组合');
    await widget(page).locator('.status[data-kind="empty"]').waitFor();
    const empty = await widget(page).locator('.status').innerText();
    await page.evaluate(() => document.querySelector('disclosure-search')!.setAttribute('locale', 'en'));
    await widget(page).locator('button[type=submit]', { hasText: 'Search' }).waitFor();

    expect(empty).toBe('没有找到相关信息，请换个关键词试试。');
    expect(await widget(page).locator('input[type=search]').getAttribute('aria-label')).toBe(
      'Search government environmental information',
    );
    await page.close();
  });
});
