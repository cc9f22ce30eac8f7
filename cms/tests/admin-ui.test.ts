import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestStack, type TestStack } from './helpers/stack';
import { adminLogin, request } from './helpers/api';
import { fixture } from './helpers/fixtures';
import { demoPassword, demoStaff } from './helpers/chain';
import { launchChromium } from './helpers/browser';
import { adminBuildDir } from './helpers/admin-build';

const air = fixture('api::air-quality-daily.air-quality-daily');
const superAdmin = { email: 'admin@disclosure-hub.local', password: 'Admin2026!' };
// Saved by every run for the closing note; not committed (see .gitignore).
const screenshots = path.resolve(__dirname, '..', '..', '.data', 'screenshots', 'admin-ui');
const title = '郑州市2026年3月16日空气质量日报（管理后台测试）';

interface Session {
  context: BrowserContext;
  page: Page;
  token: string;
}

let stack: TestStack;
let browser: Browser;
const sessions: Record<string, Session> = {};
let adminToken: string;
let documentId: string;

/** Logs in through the admin's own login page, once per user, and keeps the session's bearer token. */
async function login(email: string, password = demoPassword): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${stack.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  // The first request that carries the session's access token (a JWT), not an empty placeholder.
  const authorised = page.waitForRequest((r) =>
    /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(r.headers().authorization ?? ''),
  );
  await page.locator('button[type="submit"]').click();
  const token = (await authorised).headers().authorization!.slice('Bearer '.length);
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return { context, page, token };
}

const editView = (id: string) =>
  `${stack.url}/admin/content-manager/collection-types/${air.uid}/${id}?plugins[i18n][locale]=zh-CN`;
const panel = (page: Page) => page.locator('[data-testid="workflow-panel"]');
const stateOf = (page: Page) => panel(page).locator('[data-testid="workflow-state"]');
const comparisonTitle = (page: Page) => panel(page).locator('[data-testid="workflow-comparison-title"]');

async function openItem(page: Page): Promise<void> {
  await page.goto(editView(documentId));
  await panel(page).waitFor();
}

async function waitForState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="workflow-state"][data-state="${state}"]`).waitFor();
}

/** A field of the content-manager form by its attribute path (`metadata.regionCode`). */
const field = (page: Page, name: string) => page.locator(`main [name="${name}"]`);

/** Picks an option of a combobox (a select, a relation) by its label, after typing `search` if given. */
async function choose(page: Page, combobox: Locator, label: string, search?: string): Promise<void> {
  await combobox.click();
  if (search !== undefined) await combobox.fill(search);
  await page.getByRole('option', { name: label, exact: true }).click();
}

// The date pickers read what is typed in the admin's locale (zh-Hans: yyyy/MM/dd) when the field loses focus.
const typedDate = '2026/03/16';
const measurements = ['pm25', 'pm10', 'so2', 'no2', 'co', 'o3Max8h'] as const;

beforeAll(async () => {
  if (!existsSync(path.join(adminBuildDir, 'index.html')))
    throw new Error('the admin panel is not built: the global setup builds it when this suite is selected');
  mkdirSync(screenshots, { recursive: true });
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  browser = await launchChromium();
  for (const [key, email] of Object.entries(demoStaff)) sessions[key] = await login(email);
  adminToken = await adminLogin(stack.url, superAdmin.email, superAdmin.password);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the disclosure workflow in the Strapi admin', () => {
  it('lets the editor create the daily report in the content manager and save it as a draft', async () => {
    const { page } = sessions.editor!;
    await page.goto(`${stack.url}/admin`);
    await page.locator('nav a[href$="/admin/content-manager"]').click();
    await page.getByRole('link', { name: /^空气质量日报/ }).click();
    await page.locator(`main a[href*="${air.uid}/create"]`).first().click();
    // Before the first save the workflow panel only asks for the draft to be saved.
    await page.getByText('请先保存草稿，再开始流程。').waitFor();

    const metadata = air.data.metadata as Record<string, string>;
    await field(page, 'title').fill(title);
    await field(page, 'city').fill(air.data.city as string);
    for (const name of ['date', 'metadata.dateFormed']) {
      await field(page, name).fill(typedDate);
      await field(page, name).press('Tab');
      expect(await field(page, name).inputValue()).toBe(typedDate);
    }
    for (const name of measurements) await field(page, name).fill(String(air.data[name]));
    await field(page, 'metadata.regionCode').fill(metadata.regionCode!);
    await choose(page, field(page, 'metadata.attribute'), 'proactive');
    // The department relation lists departments by their Chinese name (the server sets it as main field).
    await choose(page, field(page, 'metadata.department'), '监测站', '监测');
    await page.screenshot({ path: path.join(screenshots, '0-editor-create-form.png'), fullPage: true });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    documentId = new URL(page.url()).pathname.split('/').pop()!;
    await panel(page).waitFor();

    expect(await stateOf(page).innerText()).toBe('草稿');
    const stored = await stack.strapi.documents(air.uid as 'api::air-quality-daily.air-quality-daily').findOne({
      documentId,
      locale: 'zh-CN',
      populate: { metadata: { populate: ['department'] } },
    });
    expect(stored).toMatchObject({
      title,
      city: air.data.city,
      date: '2026-03-16',
      metadata: {
        dateFormed: '2026-03-16',
        regionCode: metadata.regionCode,
        attribute: 'proactive',
        department: { code: 'monitoring' },
      },
    });
    expect(measurements.map((name) => Number((stored as Record<string, unknown>)[name]))).toEqual(
      measurements.map((name) => air.data[name]),
    );
  });

  it('shows the editor the workflow panel in Chinese, without the stock Publish button', async () => {
    const { page } = sessions.editor!;
    await openItem(page);

    await expect(panel(page).getByText('当前状态').isVisible()).resolves.toBe(true);
    expect(await stateOf(page).innerText()).toBe('草稿');
    expect(await panel(page).getByText('监测站').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '发布', exact: true }).count()).toBe(0);
    expect(await page.locator('[data-testid="workflow-event-editor.submit"]').isVisible()).toBe(true);
  });

  it('shows the editor each saved version, and what changed since the first one', async () => {
    const { page } = sessions.editor!;
    const changed = `${title}（修改稿）`;
    await field(page, 'title').fill(changed);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const change = panel(page).locator('[data-testid="workflow-change"][data-field="title"]');
    await change.waitFor();

    const versions = panel(page).locator('[data-testid="workflow-version"]');
    expect(await versions.evaluateAll((items) => items.map((i) => i.getAttribute('data-event')))).toEqual([
      'create',
      'editor.edit',
    ]);
    expect(await comparisonTitle(page).textContent()).toBe('与首个版本比较（尚未签署）');
    expect(await change.locator('[data-testid="workflow-change-before"]').innerText()).toBe(title);
    expect(await change.locator('[data-testid="workflow-change-after"]').innerText()).toBe(changed);
    await panel(page).screenshot({ path: path.join(screenshots, '1-editor-panel-versions.png') });

    // Back to the title the later steps look for: the draft is again the first version.
    await field(page, 'title').fill(title);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await panel(page).locator('[data-testid="workflow-comparison-none"]').waitFor();
  });

  it('lets the editor submit the item, scanning it clean', async () => {
    const { page } = sessions.editor!;
    await page.locator('[data-testid="workflow-event-editor.submit"]').click();
    await waitForState(page, 'departmentReview');

    expect(await stateOf(page).innerText()).toBe('待科室审核');
    // Who acts next comes from the chart (nextStep): the department's reviewer, not the author.
    const next = panel(page).locator('[data-testid="workflow-next"]');
    expect(await next.innerText()).toContain('科室负责人（审核）');
    expect(await next.getAttribute('data-mine')).toBe('false');
    expect(await panel(page).locator('[data-testid="workflow-findings-none"]').isVisible()).toBe(true);
    await panel(page).screenshot({ path: path.join(screenshots, '1-editor-panel-submitted.png') });
  });

  it('shows the author no approve button, and the reasons instead', async () => {
    const { page } = sessions.editor!;
    const reasons = page.locator('[data-testid="blocked-reviewer.approve"] li');
    await reasons.first().waitFor();

    expect(await page.locator('[data-testid="workflow-event-reviewer.approve"]').count()).toBe(0);
    expect(await reasons.evaluateAll((items) => items.map((i) => i.getAttribute('data-code')))).toEqual(
      expect.arrayContaining(['AUTHOR_CANNOT_REVIEW']),
    );
    expect(await reasons.allInnerTexts()).toEqual(expect.arrayContaining(['撰稿人不能审核自己撰写的信息。']));
  });

  it("puts the item in the reviewer's queue in the task list, linked to the edit view", async () => {
    const { page } = sessions.reviewer!;
    await page.goto(`${stack.url}/admin/plugins/disclosure-workflow/tasks`);
    const row = page.locator(`[data-testid="tasks-queue"] [data-testid="task-row"][data-document-id="${documentId}"]`);
    await row.waitFor();

    expect(await row.innerText()).toContain(title);
    expect(await row.innerText()).toContain('待科室审核');
    await page.screenshot({ path: path.join(screenshots, '2-reviewer-task-list.png'), fullPage: true });
    await row.getByRole('link').click();
    await panel(page).waitFor();
    expect(page.url()).toContain(documentId);
  });

  it('lets the reviewer approve with a note', async () => {
    const { page } = sessions.reviewer!;
    await page.locator('[data-testid="workflow-event-reviewer.approve"]').click();
    await page.locator('[data-testid="workflow-form-reviewer.approve"] textarea').fill('数据核对无误');
    await page.locator('[data-testid="workflow-confirm-reviewer.approve"]').click();
    await waitForState(page, 'confidentialityReview');

    expect(await stateOf(page).innerText()).toBe('待保密审查');
  });

  it("shows the reviewer's signature among the versions, with nothing changed since", async () => {
    const { page } = sessions.reviewer!;
    const signed = panel(page).locator('[data-testid="workflow-version"][data-signed="true"]');
    await signed.first().waitFor();

    expect(await signed.evaluateAll((items) => items.map((i) => i.getAttribute('data-event')))).toEqual([
      'reviewer.approve',
    ]);
    expect(await signed.first().innerText()).toContain('李建国');
    expect(await signed.first().locator('[data-testid="workflow-version-signed"]').innerText()).toBe('已签署');
    expect(await comparisonTitle(page).textContent()).toBe('与上次签署版本比较');
    expect(await panel(page).locator('[data-testid="workflow-comparison-none"]').innerText()).toBe('无变化');
  });

  it('lets the confidentiality reviewer clear the item with the checklist', async () => {
    const { page } = sessions.secrecy!;
    await openItem(page);
    const checklist = page.locator('[data-testid="workflow-checklist"]');
    await checklist.waitFor();
    for (const key of ['stateSecrets', 'commercialSecrets', 'personalPrivacy'])
      await checklist.locator(`[data-testid="checklist-${key}"]`).click();
    await checklist.locator('input[name="basis"]').fill('《保守国家秘密法》及本局保密审查制度');
    await checklist.locator('textarea[name="conclusion"]').fill('不涉密，可以公开');
    await page.screenshot({ path: path.join(screenshots, '3-confidentiality-checklist.png'), fullPage: true });
    await checklist.locator('[data-testid="workflow-event-confidentiality.clear"]').click();
    await waitForState(page, 'approved');

    expect(await stateOf(page).innerText()).toBe('已审核待发布');
  });

  it('publishes the item through the panel, with every step in the history', async () => {
    const { page } = sessions.reviewer!;
    await openItem(page);
    await page.locator('[data-testid="workflow-event-publisher.publish"]').click();
    await waitForState(page, 'published');
    const entries = panel(page).locator('[data-testid="workflow-history-entry"]');
    await entries.nth(3).waitFor();

    expect(await entries.evaluateAll((items) => items.map((i) => i.getAttribute('data-event')))).toEqual([
      'editor.submit',
      'reviewer.approve',
      'confidentiality.clear',
      'publisher.publish',
    ]);
    expect(await entries.nth(0).innerText()).toContain('王晓明');
    expect(await entries.nth(1).innerText()).toContain('李建国');
    await panel(page).screenshot({ path: path.join(screenshots, '4-published-history.png') });
  });

  it('serves the published item on the public REST API', async () => {
    const { status, body } = await request(
      `${stack.url}/api/${air.plural}?filters[documentId][$eq]=${documentId}&locale=zh-CN`,
    );

    expect(status).toBe(200);
    expect(body.data.map((d: { title: string }) => d.title)).toEqual([title]);
  });

  it('works with the admin in English: the panel and the task list, after the reviewer switches language', async () => {
    const { page } = sessions.reviewer!;
    // The interface language is the user's own (admin::user.preferedLanguage), set on the profile page.
    await page.goto(`${stack.url}/admin/me`);
    await choose(page, field(page, 'preferedLanguage'), 'English');
    const saved = page.waitForResponse((r) => r.url().endsWith('/admin/users/me') && r.request().method() === 'PUT');
    await page.locator('main button[type="submit"]').click();
    expect((await saved).status()).toBe(200);
    // A locator, not waitForFunction: a string predicate is evaluated with eval, which the admin's
    // CSP refuses whenever the condition is not already true at the first check.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    const reviewer = await stack.strapi.db.query('admin::user').findOne({ where: { email: demoStaff.reviewer } });
    expect(reviewer.preferedLanguage).toBe('en');

    await openItem(page);
    await panel(page).getByText('Current state', { exact: true }).waitFor();
    expect(await page.getByText('Disclosure workflow', { exact: true }).isVisible()).toBe(true);
    expect(await stateOf(page).textContent()).toBe('Published');
    expect(await panel(page).getByText('Environmental Monitoring Station').count()).toBeGreaterThan(0);
    const entries = panel(page).locator('[data-testid="workflow-history-entry"]');
    await entries.nth(3).waitFor();
    const history = await entries.allInnerTexts();
    ['Submit for review', 'Approve (department)', 'Clear confidentiality', 'Publish'].forEach((event, i) =>
      expect(history[i]).toContain(`· ${event}`),
    );
    expect(history[0]).toContain('王晓明');
    expect(await panel(page).innerText()).not.toMatch(/当前状态|承办部门|流转记录|已发布/);
    await panel(page).screenshot({ path: path.join(screenshots, '5-reviewer-panel-english.png') });

    await page.goto(`${stack.url}/admin/plugins/disclosure-workflow/tasks`);
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
    const row = page.locator(
      `[data-testid="tasks-department"] [data-testid="task-row"][data-document-id="${documentId}"]`,
    );
    await row.waitFor();
    const text = await row.textContent();
    for (const part of [title, 'Daily air quality', 'Published', 'Environmental Monitoring Station'])
      expect(text).toContain(part);
    // The English filters still filter: nothing is withdrawn, the item is published.
    const stateFilter = page.getByRole('combobox', { name: 'State', exact: true });
    await choose(page, stateFilter, 'Withdrawn');
    await row.waitFor({ state: 'detached' });
    await choose(page, stateFilter, 'Published');
    await row.waitFor();
    await page.screenshot({ path: path.join(screenshots, '6-reviewer-task-list-english.png'), fullPage: true });
    await row.getByRole('link').click();
    await panel(page).getByText('Current state', { exact: true }).waitFor();
    expect(page.url()).toContain(documentId);
  });

  it('shows the versions in English too', async () => {
    const { page } = sessions.reviewer!;
    const versions = panel(page).locator('[data-testid="workflow-versions"]');
    await versions.locator('[data-testid="workflow-version"][data-signed="true"]').nth(1).waitFor();

    expect(await versions.innerText()).toEqual(expect.stringContaining('Signed in department review'));
    expect(await versions.innerText()).toEqual(expect.stringContaining('Signed in confidentiality review'));
    expect(await comparisonTitle(page).textContent()).toBe('Compared with the last signed version');
    expect(await panel(page).locator('[data-testid="workflow-comparison-none"]').innerText()).toBe('No changes');
  });
});

describe('the admin routes behind the panel and pages', () => {
  const members = (department: string, userId: number) =>
    `${stack.url}/disclosure-workflow/departments/${department}/members/${userId}`;
  const userIdOf = async (email: string) =>
    ((await stack.strapi.db.query('admin::user').findOne({ where: { email } })) as { id: number }).id;

  it('refuses an unknown category in the task list with a code', async () => {
    const { status, body } = await request(`${stack.url}/disclosure-workflow/tasks?category=nope`, {
      token: sessions.reviewer!.token,
    });

    expect(status).toBe(400);
    expect(body.error.details.code).toBe('UNKNOWN_CATEGORY');
  });

  it("keeps another department's items out of the task list", async () => {
    const eiaEditor = await adminLogin(stack.url, 'editor.eia@disclosure-hub.local', demoPassword);
    const { status, body } = await request(`${stack.url}/disclosure-workflow/tasks`, { token: eiaEditor });

    expect(status).toBe(200);
    expect(body.data.items.map((i: { documentId: string }) => i.documentId)).not.toContain(documentId);
  });

  it('filters the task list by category and state', async () => {
    const { body } = await request(
      `${stack.url}/disclosure-workflow/tasks?category=air-quality-daily&state=published`,
      {
        token: sessions.reviewer!.token,
      },
    );

    expect(body.data.items.map((i: { documentId: string }) => i.documentId)).toEqual([documentId]);
  });

  it.each(['editor', 'reviewer', 'secrecy'])('refuses department management to the %s', async (who) => {
    const list = await request(`${stack.url}/disclosure-workflow/departments`, { token: sessions[who]!.token });
    const put = await request(members('monitoring', 1), {
      method: 'PUT',
      token: sessions[who]!.token,
      body: { roles: ['editor'] },
    });

    expect([list.status, put.status]).toEqual([403, 403]);
    expect([list.body.error.details.code, put.body.error.details.code]).toEqual([
      'SUPER_ADMIN_REQUIRED',
      'SUPER_ADMIN_REQUIRED',
    ]);
  });

  it('lets the super admin add a user to a department with roles, and remove them', async () => {
    const userId = await userIdOf('editor.eia@disclosure-hub.local');

    const put = await request(members('monitoring', userId), {
      method: 'PUT',
      token: adminToken,
      body: { roles: ['editor', 'publisher'] },
    });
    const listed = await request(`${stack.url}/disclosure-workflow/departments`, { token: adminToken });
    const removed = await request(members('monitoring', userId), { method: 'DELETE', token: adminToken });

    expect(put.status).toBe(200);
    const monitoring = listed.body.data.departments.find((d: { code: string }) => d.code === 'monitoring');
    expect(monitoring.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId, roles: ['editor', 'publisher'] })]),
    );
    expect(removed.body.data).toEqual({ removed: true });
  });

  it.each([
    ['monitoring', { roles: ['owner'] }, 400, 'MEMBERSHIP_ROLES_INVALID'],
    ['monitoring', { roles: [] }, 400, 'MEMBERSHIP_ROLES_INVALID'],
    ['nowhere', { roles: ['editor'] }, 404, 'DEPARTMENT_NOT_FOUND'],
  ])('refuses a membership in %s with %j by code', async (department, body, status, code) => {
    const userId = await userIdOf('editor.eia@disclosure-hub.local');
    const answer = await request(members(department, userId), { method: 'PUT', token: adminToken, body });

    expect(answer.status).toBe(status);
    expect(answer.body.error.details.code).toBe(code);
  });

  it('refuses a membership for an unknown user', async () => {
    const answer = await request(members('monitoring', 999_999), {
      method: 'PUT',
      token: adminToken,
      body: { roles: ['editor'] },
    });

    expect(answer.status).toBe(404);
    expect(answer.body.error.details.code).toBe('USER_NOT_FOUND');
  });

  it('redacts a finding in the text of its field', async () => {
    const text = '联系人电话13812345678，请勿外传';
    const { status, body } = await request(`${stack.url}/disclosure-workflow/redactions`, {
      method: 'POST',
      token: sessions.editor!.token,
      body: { text, findingId: 'description.summary@5-16:mobile' },
    });

    expect(status).toBe(200);
    expect(body.data.text).toBe('联系人电话138****5678，请勿外传');
  });

  it('refuses to redact a finding whose place is not in the text', async () => {
    const { status, body } = await request(`${stack.url}/disclosure-workflow/redactions`, {
      method: 'POST',
      token: sessions.editor!.token,
      body: { text: '短', findingId: 'title@5-16:mobile' },
    });

    expect(status).toBe(409);
    expect(body.error.details.code).toBe('FINDING_NOT_REDACTABLE');
  });

  it('has an English translation for every Chinese string of the plugin', () => {
    const read = (locale: string) =>
      JSON.parse(
        readFileSync(
          path.resolve(__dirname, '..', 'src', 'admin', 'disclosure-workflow', 'translations', `${locale}.json`),
          'utf8',
        ),
      ) as Record<string, string>;

    expect(Object.keys(read('en')).sort()).toEqual(Object.keys(read('zh-Hans')).sort());
  });
});
