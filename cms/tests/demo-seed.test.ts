import { startTestStack, type TestStack } from './helpers/stack';
import { adminLogin } from './helpers/api';
import { generateDemoContent } from '../src/seed/demo-content';
import { seedDemoContent } from '../src/seed/seed-demo-content';
import { membershipsOf } from '../src/disclosure/memberships';
import { today } from '../src/disclosure/validation/category-rules';

describe('the development demo data', () => {
  let stack: TestStack;

  // Seeding ~1,400 items through the review chain takes minutes on PostgreSQL on 2 cores.
  beforeAll(async () => {
    stack = await startTestStack({ env: { DEMO_SEED: 'true' } });
  }, 600_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('loads every generated item through the server validation, once', async () => {
    const expected = generateDemoContent({ today: today() });
    const byUid = new Map<string, number>();
    for (const item of expected) byUid.set(item.uid, (byUid.get(item.uid) ?? 0) + 1);

    const counts = await Promise.all(
      [...byUid.keys()].map(async (uid) => [
        uid,
        await stack.strapi.documents(uid as never).count({ locale: 'zh-CN', status: 'draft' } as never),
      ]),
    );

    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(byUid));
  });

  it('publishes the items marked for publication and none that is not proactive', async () => {
    const expected = generateDemoContent({ today: today() }).filter((i) => i.publish).length;
    const uids = [...new Set(generateDemoContent({ today: today() }).map((i) => i.uid))];

    const published = await Promise.all(
      uids.map((uid) => stack.strapi.documents(uid as never).count({ locale: 'zh-CN', status: 'published' } as never)),
    );
    const notProactivePublished = await Promise.all(
      uids.map((uid) =>
        stack.strapi.db
          .query(uid as never)
          .count({ where: { publishedAt: { $notNull: true }, metadata: { attribute: { $ne: 'proactive' } } } }),
      ),
    );

    expect(published.reduce((a, b) => a + b, 0)).toBe(expected);
    expect(notProactivePublished.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('publishes every demo item through the review chain, with its history', async () => {
    const expected = generateDemoContent({ today: today() }).filter((i) => i.publish).length;
    const knex = stack.strapi.db.connection;

    const published = await knex('dh_workflow_records')
      .where({ state: 'published', locale: 'zh-CN' })
      .count({ n: '*' })
      .first();
    const withoutApproval = await knex('dh_workflow_records as r')
      .where({ 'r.state': 'published' })
      .whereNotExists(
        knex('dh_workflow_audit as a')
          .whereRaw('a.document_id = r.document_id and a.locale = r.locale')
          .where('a.event', 'reviewer.approve'),
      )
      .count({ n: '*' })
      .first();

    expect(Number(published?.n)).toBe(expected);
    expect(Number(withoutApproval?.n)).toBe(0);
  });

  it('does not seed twice', async () => {
    const uid = 'api::policy-document.policy-document';
    const before = await stack.strapi.db.query(uid as never).count({});

    await seedDemoContent(stack.strapi, { today: today() });

    expect(await stack.strapi.db.query(uid as never).count({})).toBe(before);
  });

  it('gives the demo accounts their department memberships and lets them log in', async () => {
    const editor = await stack.strapi.db
      .query('admin::user')
      .findOne({ where: { email: 'editor.monitoring@disclosure-hub.local' } });

    const memberships = await membershipsOf(stack.strapi, editor.id);
    const token = await adminLogin(stack.url, 'editor.monitoring@disclosure-hub.local', 'Demo2026!');

    expect(memberships).toEqual([{ department: 'monitoring', roles: ['editor'] }]);
    expect(token).toEqual(expect.any(String));
  });

  it('lets a demo editor see disclosure items in the admin but not the memberships', async () => {
    const token = await adminLogin(stack.url, 'editor.monitoring@disclosure-hub.local', 'Demo2026!');

    const items = await fetch(
      `${stack.url}/content-manager/collection-types/api::air-quality-daily.air-quality-daily?page=1&pageSize=1`,
      {
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    const memberships = await fetch(
      `${stack.url}/content-manager/collection-types/api::department-membership.department-membership?page=1&pageSize=1`,
      { headers: { Authorization: `Bearer ${token}` } },
    );

    expect(items.status).toBe(200);
    expect(memberships.status).toBe(403);
  });
});
