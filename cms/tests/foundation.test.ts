import { startTestStack, type TestStack } from './helpers/stack';
import demo from '../src/seed/demo-accounts.json';

describe('a freshly started Disclosure Hub CMS', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      env: { DEMO_SEED: 'accounts', DEMO_ADMIN_EMAIL: 'chief@bureau.example', DEMO_ADMIN_PASSWORD: 'Chief-Admin-2026' },
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers Strapi health checks', async () => {
    const response = await fetch(`${stack.url}/_health`);

    expect(response.status).toBe(204);
  });

  it('reports readiness 200 with the database and Meilisearch both up', async () => {
    const response = await fetch(`${stack.url}/_ready`);
    const body = (await response.json()) as { status: string; checks: Record<string, { ok: boolean }> };

    expect(response.status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', checks: { database: { ok: true }, search: { ok: true } } });
  });

  it('lets the super admin chosen by DEMO_ADMIN_EMAIL log in to the admin', async () => {
    const response = await fetch(`${stack.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'chief@bureau.example', password: 'Chief-Admin-2026' }),
    });
    const body = (await response.json()) as { data?: { token?: string } };

    expect(response.status).toBe(200);
    expect(body.data?.token).toEqual(expect.any(String));
  });

  it.each(demo.demoAccounts.filter((a) => !('superAdmin' in a)).map((a) => [a.email, a.password]))(
    'lets the demo account %s log in',
    async (email, password) => {
      const response = await fetch(`${stack.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });

      expect(response.status).toBe(200);
    },
  );

  it('refuses a wrong password', async () => {
    const response = await fetch(`${stack.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'chief@bureau.example', password: 'Wrong-Password-1' }),
    });

    expect(response.status).toBe(400);
  });

  it('makes zh-CN the default content locale and offers en', async () => {
    const service = stack.strapi.plugin('i18n').service('locales');

    const codes = (await service.find()).map((l: { code: string }) => l.code).sort();
    const defaultLocale = await service.getDefaultLocale();

    expect(codes).toEqual(['en', 'zh-CN']);
    expect(defaultLocale).toBe('zh-CN');
  });

  it('serves the locales to the public over GraphQL', async () => {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ i18NLocales { code } }' }),
    });
    const body = (await response.json()) as { data?: { i18NLocales?: { code: string }[] } };

    expect(response.status).toBe(200);
    expect(body.data?.i18NLocales?.map((l) => l.code).sort()).toEqual(['en', 'zh-CN']);
  });

  it('reports readiness 503 when Meilisearch goes down', async () => {
    await stack.meili.stop();

    const response = await fetch(`${stack.url}/_ready`);
    const body = (await response.json()) as { checks: Record<string, { ok: boolean; code?: string }> };

    expect(response.status).toBe(503);
    expect(body.checks.search).toMatchObject({ ok: false, code: 'SEARCH_UNAVAILABLE' });
    expect(body.checks.database?.ok).toBe(true);
  });
});
