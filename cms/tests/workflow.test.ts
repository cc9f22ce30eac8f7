import { startTestStack, type TestStack } from './helpers/stack';
import { adminLogin, createDepartmentToken, graphql, request } from './helpers/api';
import { fixture } from './helpers/fixtures';
import { buildChinesePdf } from './helpers/pdf';

const air = fixture('api::air-quality-daily.air-quality-daily');
const password = 'Demo2026!';
const editorEmail = 'editor.monitoring@disclosure-hub.local';
const reviewerEmail = 'reviewer.monitoring@disclosure-hub.local';
const secrecyEmail = 'secrecy@disclosure-hub.local';
const otherDepartmentEmail = 'editor.eia@disclosure-hub.local';
const clearance = {
  type: 'confidentiality.clear',
  checklist: { stateSecrets: true, commercialSecrets: true, personalPrivacy: true },
  basis: '《保守国家秘密法》及本局保密审查制度',
  conclusion: '不涉密，可以公开',
};

let stack: TestStack;
let token: string;
/** Bound to the EIA section (环评科): drafts its projects. */
let eiaToken: string;
const jwt: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  token = await createDepartmentToken(stack.strapi, 'monitoring');
  eiaToken = await createDepartmentToken(stack.strapi, 'eia');
  for (const email of [editorEmail, reviewerEmail, secrecyEmail, otherDepartmentEmail, 'admin@disclosure-hub.local']) {
    jwt[email] = await adminLogin(stack.url, email, email.startsWith('admin@') ? 'Admin2026!' : password);
  }
});

afterAll(async () => {
  await stack?.stop();
});

async function createDraft(data: Record<string, unknown> = air.data): Promise<string> {
  const { status, body } = await request(`${stack.url}/api/${air.plural}?status=draft`, {
    method: 'POST',
    token,
    body: { data },
  });
  if (status !== 201) throw new Error(`draft not created: ${status} ${JSON.stringify(body)}`);
  return body.data.documentId as string;
}

const transition = (email: string, documentId: string, event: Record<string, unknown>, expectedVersion?: number) =>
  request(`${stack.url}/disclosure-workflow/transitions`, {
    method: 'POST',
    token: jwt[email],
    body: { uid: air.uid, documentId, locale: 'zh-CN', event, expectedVersion },
  });

const view = (email: string, documentId: string) =>
  request(`${stack.url}/disclosure-workflow/items/${air.uid}/${documentId}?locale=zh-CN`, { token: jwt[email] });

const publishedCount = (documentId: string) =>
  stack.strapi.db.query(air.uid as never).count({ where: { documentId, publishedAt: { $notNull: true } } });

async function throughReview(documentId: string): Promise<void> {
  for (const [email, event] of [
    [editorEmail, { type: 'editor.submit' }],
    [reviewerEmail, { type: 'reviewer.approve' }],
    [secrecyEmail, clearance],
  ] as const) {
    const { status, body } = await transition(email, documentId, event);
    if (status !== 200) throw new Error(`${event.type} refused: ${status} ${JSON.stringify(body)}`);
  }
}

describe('publishing an unreviewed item', () => {
  let documentId: string;

  beforeAll(async () => {
    documentId = await createDraft();
  });

  const paths: [string, () => Promise<{ status: number; code?: string }>][] = [
    [
      'REST POST with the default status',
      async () => {
        const r = await request(`${stack.url}/api/${air.plural}`, { method: 'POST', token, body: { data: air.data } });
        return { status: r.status, code: r.body?.error?.details?.code };
      },
    ],
    [
      'REST POST with status=published',
      async () => {
        const r = await request(`${stack.url}/api/${air.plural}?status=published`, {
          method: 'POST',
          token,
          body: { data: air.data },
        });
        return { status: r.status, code: r.body?.error?.details?.code };
      },
    ],
    [
      'REST PUT with the default status',
      async () => {
        const r = await request(`${stack.url}/api/${air.plural}/${documentId}`, {
          method: 'PUT',
          token,
          body: { data: {} },
        });
        return { status: r.status, code: r.body?.error?.details?.code };
      },
    ],
    [
      'REST PUT with status=published',
      async () => {
        const r = await request(`${stack.url}/api/${air.plural}/${documentId}?status=published`, {
          method: 'PUT',
          token,
          body: { data: { pm25: 81 } },
        });
        return { status: r.status, code: r.body?.error?.details?.code };
      },
    ],
    [
      'a GraphQL create with the default status',
      async () => {
        const r = await graphql(stack.url, {
          token,
          query: 'mutation($data: AirQualityDailyInput!) { createAirQualityDaily(data: $data) { documentId } }',
          variables: { data: air.data },
        });
        return { status: r.body.errors ? 403 : 200, code: r.body.errors?.[0]?.extensions?.error?.details?.code };
      },
    ],
    [
      'a GraphQL update with status PUBLISHED',
      async () => {
        const r = await graphql(stack.url, {
          token,
          query:
            'mutation($id: ID!) { updateAirQualityDaily(documentId: $id, data: { pm25: 82 }, status: PUBLISHED) { documentId } }',
          variables: { id: documentId },
        });
        return { status: r.body.errors ? 403 : 200, code: r.body.errors?.[0]?.extensions?.error?.details?.code };
      },
    ],
    [
      "the admin's Publish button as super admin",
      async () => {
        const r = await request(
          `${stack.url}/content-manager/collection-types/${air.uid}/${documentId}/actions/publish`,
          {
            method: 'POST',
            token: jwt['admin@disclosure-hub.local'],
            body: {},
          },
        );
        return { status: r.status };
      },
    ],
    [
      "the admin's bulk publish as super admin",
      async () => {
        const r = await request(`${stack.url}/content-manager/collection-types/${air.uid}/actions/bulkPublish`, {
          method: 'POST',
          token: jwt['admin@disclosure-hub.local'],
          body: { documentIds: [documentId] },
        });
        return { status: r.status };
      },
    ],
    [
      'a direct Document Service publish (scripts, Releases)',
      async () => {
        const error = await stack.strapi
          .documents(air.uid as never)
          .publish({ documentId } as never)
          .catch((e: unknown) => e);
        return {
          status: (error as { name?: string })?.name === 'PolicyError' ? 403 : 200,
          code: (error as { details?: { code?: string } })?.details?.code,
        };
      },
    ],
    [
      'a published row written through the query engine',
      async () => {
        const error = await stack.strapi.db
          .query(air.uid as never)
          .create({ data: { documentId, title: 'x', locale: 'zh-CN', publishedAt: new Date() } })
          .catch((e: unknown) => e);
        return {
          status: (error as { name?: string })?.name === 'PolicyError' ? 403 : 200,
          code: (error as { details?: { code?: string } })?.details?.code,
        };
      },
    ],
  ];

  it.each(paths)('is refused through %s', async (_path, attempt) => {
    const { status } = await attempt();

    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(await publishedCount(documentId)).toBe(0);
  });

  it('is refused with the machine-readable code on the REST and GraphQL paths', async () => {
    const codes = await Promise.all(paths.slice(0, 6).map(async ([, attempt]) => (await attempt()).code));

    expect(codes).toEqual(Array(6).fill('PUBLICATION_REQUIRES_WORKFLOW'));
  });

  it('leaves nothing of this category published anywhere', async () => {
    const published = await stack.strapi.db
      .query(air.uid as never)
      .count({ where: { publishedAt: { $notNull: true } } });

    expect(published).toBe(0);
  });
});

describe('the review chain with the demo accounts', () => {
  it('takes an item from draft to public', async () => {
    const documentId = await createDraft();

    await throughReview(documentId);
    const published = await transition(reviewerEmail, documentId, { type: 'publisher.publish' });
    const read = await request(`${stack.url}/api/${air.plural}/${documentId}?status=published`, { token });
    const history = await view(reviewerEmail, documentId);

    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ state: 'published', online: true });
    expect(read.body.data.documentId).toBe(documentId);
    expect(history.body.data.history.map((h: { event: string }) => h.event)).toEqual([
      'create',
      'editor.submit',
      'reviewer.approve',
      'confidentiality.clear',
      'publisher.publish',
    ]);
  });

  it('refuses the author approving their own item, with every reason', async () => {
    const documentId = await createDraft();
    await transition(editorEmail, documentId, { type: 'editor.submit' });

    const { status, body } = await transition(editorEmail, documentId, { type: 'reviewer.approve' });

    expect(status).toBe(403);
    expect(body.error.details.code).toBe('RULE_FAILED');
    expect(body.error.details.reasons.length).toBeGreaterThan(0);
  });

  it('refuses a member of another department', async () => {
    const documentId = await createDraft();

    const { status, body } = await transition(otherDepartmentEmail, documentId, { type: 'editor.submit' });

    expect(status).toBe(403);
    expect(body.error.details.reasons.map((r: { rule: string }) => r.rule)).toContain(
      'actorBelongsToProducingDepartment',
    );
  });

  it('gives one success and one 409 for two concurrent approvals of the same version', async () => {
    const documentId = await createDraft();
    const submitted = await transition(editorEmail, documentId, { type: 'editor.submit' });
    const version = submitted.body.data.version as number;

    const results = await Promise.all([
      transition(reviewerEmail, documentId, { type: 'reviewer.approve' }, version),
      transition(reviewerEmail, documentId, { type: 'reviewer.approve' }, version),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('answers 409 to a stale expected version', async () => {
    const documentId = await createDraft();
    const submitted = await transition(editorEmail, documentId, { type: 'editor.submit' });

    const { status, body } = await transition(
      reviewerEmail,
      documentId,
      { type: 'reviewer.approve' },
      submitted.body.data.version - 1,
    );

    expect(status).toBe(409);
    expect(body.error.details.code).toBe('VERSION_CONFLICT');
  });

  it('never publishes a withheld item', async () => {
    const documentId = await createDraft({
      ...air.data,
      metadata: { ...(air.data.metadata as object), attribute: 'withheld', exemptionBasis: 'stateSecret' },
    });
    await transition(editorEmail, documentId, { type: 'editor.submit' });
    await transition(reviewerEmail, documentId, { type: 'reviewer.approve' });
    await transition(secrecyEmail, documentId, clearance);

    const { status } = await transition(reviewerEmail, documentId, { type: 'publisher.publish' });

    expect(status).toBeGreaterThanOrEqual(400);
    expect(await publishedCount(documentId)).toBe(0);
  });

  it('needs a public reason to withdraw, then takes the item offline', async () => {
    const documentId = await createDraft();
    await throughReview(documentId);
    await transition(reviewerEmail, documentId, { type: 'publisher.publish' });

    const withoutReason = await transition(reviewerEmail, documentId, { type: 'publisher.withdraw' });
    const withReason = await transition(reviewerEmail, documentId, {
      type: 'publisher.withdraw',
      reason: '数据复核有误，更正后重新发布',
    });

    expect(withoutReason.status).toBe(403);
    expect(withReason.status).toBe(200);
    expect(await publishedCount(documentId)).toBe(0);
  });

  it('refuses to return an item for changes without a reason', async () => {
    const documentId = await createDraft();
    await transition(editorEmail, documentId, { type: 'editor.submit' });

    const { status } = await transition(reviewerEmail, documentId, { type: 'reviewer.return' });

    expect(status).toBe(403);
  });

  it('offers no route that changes or deletes audit entries', async () => {
    const responses = await Promise.all(
      ['PUT', 'PATCH', 'DELETE'].map((method) =>
        request(`${stack.url}/disclosure-workflow/audit/1`, {
          method,
          token: jwt['admin@disclosure-hub.local'],
          body: method === 'DELETE' ? undefined : {},
        }),
      ),
    );

    expect(responses.every((r) => r.status === 404 || r.status === 405)).toBe(true);
  });

  it('refuses deleting a published item outside the workflow', async () => {
    const documentId = await createDraft();
    await throughReview(documentId);
    await transition(reviewerEmail, documentId, { type: 'publisher.publish' });

    const { status } = await request(`${stack.url}/api/${air.plural}/${documentId}`, { method: 'DELETE', token });

    expect(status).toBe(403);
    expect(await publishedCount(documentId)).toBe(1);
  });
});

describe('machine producers with API tokens bound to a department', () => {
  const adminEmail = 'admin@disclosure-hub.local';
  let producer: { id: number; accessKey: string };

  const newToken = async (type: 'full-access' | 'read-only' = 'full-access') => {
    const created = await stack.strapi.service('admin::api-token').create({
      name: `producer-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      type,
      lifespan: null,
      description: 'monitoring system',
    });
    return { id: Number(created.id), accessKey: created.accessKey as string };
  };
  const bind = (tokenId: number, body: Record<string, unknown>, email = adminEmail) =>
    request(`${stack.url}/disclosure-workflow/api-token-bindings/${tokenId}`, {
      method: 'PUT',
      token: jwt[email],
      body,
    });
  const machineTransition = (
    key: string | undefined,
    documentId: string,
    event: Record<string, unknown>,
    uid = air.uid,
  ) =>
    request(`${stack.url}/api/disclosure-workflow/transitions`, {
      method: 'POST',
      token: key,
      body: { uid, documentId, locale: 'zh-CN', event },
    });

  beforeAll(async () => {
    producer = await newToken();
    const { status } = await bind(producer.id, { department: 'monitoring', roles: ['editor'] });
    if (status !== 200) throw new Error(`binding failed: ${status}`);
  });

  it('lets the super admin bind a token, and nobody else', async () => {
    const other = await newToken();

    const byEditor = await bind(other.id, { department: 'monitoring', roles: ['editor'] }, editorEmail);
    const byAdmin = await bind(other.id, { department: 'monitoring', roles: ['editor', 'reviewer'] });
    const read = await request(`${stack.url}/disclosure-workflow/api-token-bindings/${other.id}`, {
      token: jwt[adminEmail],
    });

    expect(byEditor.status).toBe(403);
    expect(byEditor.body.error.details.code).toBe('SUPER_ADMIN_REQUIRED');
    expect(byAdmin.status).toBe(200);
    expect(read.body.data).toMatchObject({
      tokenId: other.id,
      department: 'monitoring',
      roles: ['editor', 'reviewer'],
    });
  });

  it.each([
    ['an unknown department', { department: 'nowhere', roles: ['editor'] }, 'department'],
    ['an unknown role', { department: 'monitoring', roles: ['operator'] }, 'roles'],
    ['no roles', { department: 'monitoring', roles: [] }, 'roles'],
  ])('refuses a binding with %s', async (_case, body, field) => {
    const { status, body: answer } = await bind(producer.id, body);

    expect(status).toBe(400);
    expect(answer.error.details).toMatchObject({ code: 'TOKEN_BINDING_INVALID', field });
  });

  it('refuses to bind a read-only token', async () => {
    const readOnly = await newToken('read-only');

    const { status, body } = await bind(readOnly.id, { department: 'monitoring', roles: ['editor'] });

    expect(status).toBe(400);
    expect(body.error.details).toMatchObject({ code: 'TOKEN_BINDING_INVALID', field: 'tokenId' });
  });

  it('lets a bound token submit its department’s draft over the content API', async () => {
    const documentId = await createDraft();

    const { status, body } = await machineTransition(producer.accessKey, documentId, { type: 'editor.submit' });

    expect(status).toBe(200);
    expect(body.data).toMatchObject({ state: 'departmentReview' });
  });

  it('refuses what the token’s roles do not allow, with every reason', async () => {
    const documentId = await createDraft();
    await machineTransition(producer.accessKey, documentId, { type: 'editor.submit' });

    const { status, body } = await machineTransition(producer.accessKey, documentId, { type: 'reviewer.approve' });

    expect(status).toBe(403);
    expect(body.error.details.code).toBe('RULE_FAILED');
    expect(body.error.details.reasons.length).toBeGreaterThan(0);
  });

  it('keeps the two-person rule: a token with the reviewer role cannot approve what it submitted', async () => {
    const both = await newToken();
    await bind(both.id, { department: 'monitoring', roles: ['editor', 'reviewer'] });
    const documentId = await createDraft();
    await machineTransition(both.accessKey, documentId, { type: 'editor.submit' });

    const own = await machineTransition(both.accessKey, documentId, { type: 'reviewer.approve' });
    const byPerson = await transition(reviewerEmail, documentId, { type: 'reviewer.approve' });

    expect(own.status).toBe(403);
    expect(byPerson.status).toBe(200);
  });

  it('refuses an item of another department', async () => {
    const eia = fixture('api::eia-project.eia-project');
    const created = await request(`${stack.url}/api/${eia.plural}?status=draft`, {
      method: 'POST',
      token: eiaToken,
      body: { data: eia.data },
    });

    const { status, body } = await machineTransition(
      producer.accessKey,
      created.body.data.documentId,
      { type: 'editor.submit' },
      eia.uid,
    );

    expect(status).toBe(403);
    expect(body.error.details.reasons.map((r: { rule: string }) => r.rule)).toContain(
      'actorBelongsToProducingDepartment',
    );
  });

  it.each([
    ['no token', async () => undefined, 401, 'TOKEN_MISSING'],
    ['an unknown token', async () => 'not-a-token', 401, 'TOKEN_INVALID'],
    ['a token bound to no department', async () => (await newToken()).accessKey, 403, 'TOKEN_NOT_BOUND'],
    ['a read-only token', async () => (await newToken('read-only')).accessKey, 403, 'TOKEN_READ_ONLY'],
  ])('refuses %s, changing nothing', async (_case, key, expectedStatus, code) => {
    const documentId = await createDraft();

    const { status, body } = await machineTransition(await key(), documentId, { type: 'editor.submit' });
    const after = await view(editorEmail, documentId);

    expect(status).toBe(expectedStatus);
    expect(body.error.details.code).toBe(code);
    expect(after.body.data.state).toBe('draft');
  });
});

describe('scanning attached PDFs', () => {
  const eia = fixture('api::eia-project.eia-project');

  async function upload(name: string, content: Buffer): Promise<number> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
    const response = await fetch(`${stack.url}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const body = (await response.json()) as { id: number }[];
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
    return body[0]!.id;
  }

  async function eiaDraftWith(pdf: Buffer): Promise<string> {
    const fileId = await upload('环评报告书公示本.pdf', pdf);
    const created = await request(`${stack.url}/api/${eia.plural}?status=draft`, {
      method: 'POST',
      token: eiaToken,
      body: { data: { ...eia.data, fullTexts: [fileId] } },
    });
    if (created.status !== 201) throw new Error(`draft not created: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body.data.documentId as string;
  }

  /** Submits as the EIA section's editor and answers the item's view (with the scan) after it. */
  async function submitEia(documentId: string) {
    const editor = jwt['editor.eia@disclosure-hub.local'];
    const submitted = await request(`${stack.url}/disclosure-workflow/transitions`, {
      method: 'POST',
      token: editor,
      body: { uid: eia.uid, documentId, locale: 'zh-CN', event: { type: 'editor.submit' } },
    });
    const viewed = await request(`${stack.url}/disclosure-workflow/items/${eia.uid}/${documentId}?locale=zh-CN`, {
      token: editor,
    });
    return { status: submitted.status, body: viewed.body };
  }

  beforeAll(async () => {
    jwt['editor.eia@disclosure-hub.local'] ??= await adminLogin(stack.url, 'editor.eia@disclosure-hub.local', password);
  });

  it('finds a personal mobile number inside an attached PDF on submit', async () => {
    const documentId = await eiaDraftWith(
      buildChinesePdf(['建设项目环境影响报告书（公示本）', '建设单位联系人：赵六，手机 13912345678']),
    );

    const { status, body } = await submitEia(documentId);

    expect(status).toBe(200);
    expect(body.data.scan.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: expect.stringMatching(/^fullTexts\.0\.pdf@\d+-\d+:mobile$/), status: 'open' }),
      ]),
    );
  });

  it('reports a PDF it cannot read as a finding someone must look at', async () => {
    const documentId = await eiaDraftWith(Buffer.from('%PDF-1.4\nbroken', 'latin1'));

    const { body } = await submitEia(documentId);

    expect(body.data.scan.findings).toEqual([
      { id: 'fullTexts.0.pdf:unreadableAttachment', kind: 'unreadableAttachment', status: 'open' },
    ]);
  });

  it('makes the text of an attached PDF searchable once the item is published', async () => {
    const { MeiliClient, indexUidFor } = await import('@disclosure-hub/search');
    const client = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
    for (const email of ['reviewer.eia@disclosure-hub.local', 'leader@disclosure-hub.local'])
      jwt[email] ??= await adminLogin(stack.url, email, password);
    const documentId = await eiaDraftWith(
      buildChinesePdf(['建设项目环境影响报告书（公示本）', '锅炉采用低氮燃烧器，烟气经布袋除尘器处理后排放。']),
    );
    for (const [email, event] of [
      ['editor.eia@disclosure-hub.local', { type: 'editor.submit' }],
      ['reviewer.eia@disclosure-hub.local', { type: 'reviewer.approve' }],
      ['leader@disclosure-hub.local', { type: 'leader.approve' }],
      [secrecyEmail, clearance],
      ['reviewer.eia@disclosure-hub.local', { type: 'publisher.publish' }],
    ] as const) {
      const { status, body } = await request(`${stack.url}/disclosure-workflow/transitions`, {
        method: 'POST',
        token: jwt[email],
        body: { uid: eia.uid, documentId, locale: 'zh-CN', event },
      });
      if (status !== 200) throw new Error(`${event.type}: ${status} ${JSON.stringify(body)}`);
    }

    let hits: { documentId: string }[] = [];
    for (let waited = 0; waited < 15_000 && hits.length === 0; waited += 100) {
      hits = (await client.search(indexUidFor('zh-CN'), { q: '布袋除尘器', filter: 'category = "eia-project"' }))
        .hits as { documentId: string }[];
      if (hits.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }

    expect(hits.map((hit) => hit.documentId)).toContain(documentId);
  });

  it('raises nothing for a clean PDF', async () => {
    const documentId = await eiaDraftWith(
      buildChinesePdf(['建设项目环境影响报告书（公示本）', '本项目位于工业园区内。']),
    );

    const { body } = await submitEia(documentId);

    expect(body.data.scan.findings).toEqual([]);
  });
});

describe('uploaded images', () => {
  it('lose their EXIF (GPS position, camera) on upload, and keep the way they stand', async () => {
    const sharp = (await import('sharp')).default;
    const photo = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#3a7' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'CameraMaker', Model: 'X100', Artist: '张三' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '34/1 45/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '113/1 37/1 0/1',
        },
      })
      .toBuffer();
    const before = await sharp(photo).metadata();
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), '现场照片.jpg');

    const response = await fetch(`${stack.url}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const [file] = (await response.json()) as { url: string; width: number; height: number }[];
    const stored = Buffer.from(await (await fetch(`${stack.url}${file!.url}`)).arrayBuffer());
    const after = await sharp(stored).metadata();

    expect(before.exif?.toString('latin1')).toContain('CameraMaker');
    expect(response.status).toBe(201);
    expect(after.exif).toBeUndefined();
    expect(stored.toString('latin1')).not.toContain('CameraMaker');
    expect([after.width, after.height, after.orientation ?? 1]).toEqual([20, 40, 1]);
  });
});

describe('scheduled publication', () => {
  it('publishes through the scheduler only once the time has come, as the system actor', async () => {
    const { publishDueItems } = await import('../src/disclosure/workflow/publish-due');
    const documentId = await createDraft();
    await throughReview(documentId);
    const publishAt = new Date(Date.now() + 3_600_000);
    const scheduled = await transition(reviewerEmail, documentId, {
      type: 'publisher.schedule',
      publishAt: publishAt.toISOString(),
    });

    const early = await publishDueItems(stack.strapi, { now: new Date(publishAt.getTime() - 60_000) });
    const countEarly = await publishedCount(documentId);
    const onTime = await publishDueItems(stack.strapi, { now: new Date(publishAt.getTime() + 1_000) });
    const history = await view(reviewerEmail, documentId);

    expect(scheduled.body.data.state).toBe('scheduled');
    expect([early, countEarly]).toEqual([0, 0]);
    expect(onTime).toBe(1);
    expect(await publishedCount(documentId)).toBe(1);
    expect(history.body.data.history.at(-1)).toMatchObject({ event: 'system.publishDue', actorId: 'system:scheduler' });
  });
});

describe('what the public reads', () => {
  let publishedId: string;
  let draftId: string;

  beforeAll(async () => {
    publishedId = await createDraft({ ...air.data, title: '公开读取测试：已发布' });
    await throughReview(publishedId);
    await transition(reviewerEmail, publishedId, { type: 'publisher.publish' });
    draftId = await createDraft({ ...air.data, title: '公开读取测试：草稿' });
  });

  it('lists published items over REST without a token, and never a draft, whatever status is asked', async () => {
    const plain = await request(`${stack.url}/api/${air.plural}?pagination[pageSize]=100`);
    const asDraft = await request(`${stack.url}/api/${air.plural}?status=draft&pagination[pageSize]=100`);

    for (const response of [plain, asDraft]) {
      const ids = response.body.data.map((d: { documentId: string }) => d.documentId);
      expect(response.status).toBe(200);
      expect(ids).toContain(publishedId);
      expect(ids).not.toContain(draftId);
    }
  });

  it('answers 404 for a draft-only item read by id, even with status=draft', async () => {
    const { status } = await request(`${stack.url}/api/${air.plural}/${draftId}?status=draft`);

    expect(status).toBe(404);
  });

  it('never returns drafts over GraphQL, even when the query asks for DRAFT', async () => {
    const { body } = await graphql(stack.url, {
      query: 'query { airQualityDailies(status: DRAFT, pagination: { pageSize: 100 }) { documentId title } }',
    });
    const ids = body.data?.airQualityDailies.map((d: { documentId: string }) => d.documentId);

    expect(ids).toContain(publishedId);
    expect(ids).not.toContain(draftId);
  });

  it('refuses every GraphQL mutation to the public', async () => {
    const { body } = await graphql(stack.url, {
      query: 'mutation($id: ID!) { deleteAirQualityDaily(documentId: $id) { documentId } }',
      variables: { id: draftId },
    });

    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('after-commit effects', () => {
  it('indexes a published item in Meilisearch through the outbox, and removes it on withdrawal', async () => {
    const { drainOutbox, stopOutboxWorker } = await import('../src/disclosure/outbox');
    // Deliver deterministically here rather than racing the background worker.
    await stopOutboxWorker();
    const { MeiliClient, indexUidFor, searchDocumentId } = await import('@disclosure-hub/search');
    const client = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
    const documentId = await createDraft({ ...air.data, title: '索引测试：郑州市细颗粒物日报' });
    await throughReview(documentId);
    await transition(reviewerEmail, documentId, { type: 'publisher.publish' });
    await drainOutbox(stack.strapi);

    const id = searchDocumentId('air-quality-daily', documentId);
    const found = await client.search(indexUidFor('zh-CN'), { q: '索引测试' });
    await transition(reviewerEmail, documentId, { type: 'publisher.withdraw', reason: '测试撤回' });
    await drainOutbox(stack.strapi);
    const afterWithdrawal = await client.search(indexUidFor('zh-CN'), { q: '索引测试' });

    expect(found.hits.map((h) => (h as { id: string }).id)).toContain(id);
    expect(afterWithdrawal.hits.map((h) => (h as { id: string }).id)).not.toContain(id);
  });
});

describe('read-only API tokens', () => {
  it('read like the public: published items only, whatever status they ask for', async () => {
    const readOnly = await stack.strapi.service('admin::api-token').create({
      name: `read-only-${Date.now()}`,
      type: 'read-only',
      lifespan: null,
      description: 'portal',
    });
    const draftId = await createDraft({ ...air.data, title: '只读令牌测试：草稿' });

    const { status } = await request(`${stack.url}/api/${air.plural}/${draftId}?status=draft`, {
      token: readOnly.accessKey,
    });

    expect(status).toBe(404);
  });
});

describe('search maintenance', () => {
  it('reconcile repairs drift in both directions', async () => {
    const { drainOutbox, stopOutboxWorker } = await import('../src/disclosure/outbox');
    const { reconcileSearch } = await import('../src/disclosure/search/search-maintenance');
    const { MeiliClient, indexUidFor, searchDocumentId } = await import('@disclosure-hub/search');
    const client = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
    const index = indexUidFor('zh-CN');
    await stopOutboxWorker();
    const documentId = await createDraft({ ...air.data, title: '对账测试' });
    await throughReview(documentId);
    await transition(reviewerEmail, documentId, { type: 'publisher.publish' });
    await drainOutbox(stack.strapi);
    const id = searchDocumentId('air-quality-daily', documentId);
    // Drift: the published item vanished from the index, and a stranger appeared in it.
    await client.waitForTask((await client.deleteDocument(index, id)).taskUid);
    await client.waitForTask(
      (await client.addDocuments(index, [{ id: 'policy-document-ghost', title: '幽灵' }], { primaryKey: 'id' }))
        .taskUid,
    );

    const summary = await reconcileSearch(stack.strapi, { client, locale: 'zh-CN' });
    const ghost = await client
      .getDocument(index, 'policy-document-ghost')
      .catch((error: { status?: number }) => error.status);
    const restored = await client.getDocument(index, id);

    expect(summary).toMatchObject({ added: 1, removed: 1 });
    expect(ghost).toBe(404);
    expect(restored).toMatchObject({ id, documentId });
  });
});

describe('chain integrity: what was reviewed is what is published', () => {
  const cm = (documentId: string, locale = 'zh-CN') =>
    `${stack.url}/content-manager/collection-types/${air.uid}/${documentId}?locale=${locale}`;
  const restPut = (documentId: string, data: Record<string, unknown>, key = token, locale = 'zh-CN') =>
    request(`${stack.url}/api/${air.plural}/${documentId}?status=draft&locale=${locale}`, {
      method: 'PUT',
      token: key,
      body: { data },
    });
  /** The content manager's save, as the edit view sends it: the whole form. */
  const adminSave = async (email: string, documentId: string, change: Record<string, unknown>) => {
    const current = await request(cm(documentId), { token: jwt['admin@disclosure-hub.local'] });
    return request(cm(documentId), { method: 'PUT', token: jwt[email], body: { ...current.body.data, ...change } });
  };
  const draftTitle = async (documentId: string, locale = 'zh-CN') =>
    (
      (await stack.strapi.db.query(air.uid as never).findOne({ where: { documentId, locale, publishedAt: null } })) as {
        title: string;
      }
    ).title;
  const auditOf = (documentId: string) =>
    stack.strapi.db.connection('dh_workflow_audit').where({ document_id: documentId }).orderBy('id', 'asc');
  /** The value `read` answers once it equals `expected`, or its last answer after two seconds. */
  const eventually = async <T>(read: () => Promise<T>, expected: T): Promise<T> => {
    const deadline = Date.now() + 2_000;
    let value = await read();
    while (value !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      value = await read();
    }
    return value;
  };
  const publicTitle = async (documentId: string) =>
    (await request(`${stack.url}/api/${air.plural}/${documentId}`)).body?.data?.title ?? null;

  describe.each([
    ['submitted', [[editorEmail, { type: 'editor.submit' }]]],
    [
      'approved and cleared',
      [
        [editorEmail, { type: 'editor.submit' }],
        [reviewerEmail, { type: 'reviewer.approve' }],
        [secrecyEmail, clearance],
      ],
    ],
  ] as const)('once %s, the content is locked', (_label, steps) => {
    let documentId: string;
    beforeAll(async () => {
      documentId = await createDraft();
      for (const [email, event] of steps) {
        const r = await transition(email, documentId, event);
        if (r.status !== 200) throw new Error(`${event.type}: ${r.status} ${JSON.stringify(r.body)}`);
      }
    });

    it('refuses a REST save with an API token (409 ITEM_LOCKED_IN_REVIEW)', async () => {
      const { status, body } = await restPut(documentId, { title: '审核后改动的标题' });

      expect(status).toBe(409);
      expect(body.error.details.code).toBe('ITEM_LOCKED_IN_REVIEW');
      expect(await draftTitle(documentId)).toBe(air.data.title);
    });

    it('refuses the content manager save of the department’s own editor', async () => {
      const { status, body } = await adminSave(editorEmail, documentId, { title: '审核后改动的标题' });

      expect(status).toBe(409);
      expect(body.error.details.code).toBe('ITEM_LOCKED_IN_REVIEW');
      expect(await draftTitle(documentId)).toBe(air.data.title);
    });

    it('refuses a GraphQL update of the draft', async () => {
      const { body } = await graphql(stack.url, {
        token,
        query:
          'mutation($id: ID!) { updateAirQualityDaily(documentId: $id, data: { title: "改" }, status: DRAFT) { documentId } }',
        variables: { id: documentId },
      });

      expect(body.errors?.[0]?.extensions?.error?.details?.code).toBe('ITEM_LOCKED_IN_REVIEW');
      expect(await draftTitle(documentId)).toBe(air.data.title);
    });

    it('refuses a new locale, since it shares the signed metadata', async () => {
      const { status, body } = await restPut(
        documentId,
        { ...air.en, metadata: { ...(air.data.metadata as object), documentNumber: '郑环〔2026〕9号' } },
        token,
        'en',
      );

      expect(status).toBe(409);
      expect(body.error.details.code).toBe('ITEM_LOCKED_IN_REVIEW');
    });
  });

  it('unlocks the content when the reviewer returns it, and audits the edit with fingerprints', async () => {
    const documentId = await createDraft();
    await transition(editorEmail, documentId, { type: 'editor.submit' });
    await transition(reviewerEmail, documentId, { type: 'reviewer.return', reason: '数据需核实' });

    const { status } = await adminSave(editorEmail, documentId, { pm25: 90 });
    const edit = (await auditOf(documentId)).find((row: { event: string }) => row.event === 'editor.edit');
    const details = JSON.parse(edit.details);

    expect(status).toBe(200);
    expect(edit.actor_id).toMatch(/^admin:\d+$/);
    expect(details.fields).toEqual(expect.arrayContaining(['pm25', 'aqi']));
    expect(details.fingerprintBefore).toMatch(/^[0-9a-f]{64}$/);
    expect(details.fingerprintAfter).not.toBe(details.fingerprintBefore);
  });

  it('refuses publication of content changed behind the workflow layer (CONTENT_CHANGED_SINCE_REVIEW)', async () => {
    const documentId = await createDraft();
    await throughReview(documentId);
    // A direct query-engine write skips every Document Service middleware: the signature still catches it.
    await stack.strapi.db.query(air.uid as never).update({
      where: { documentId, locale: 'zh-CN', publishedAt: null },
      data: { title: '未经审核的标题' } as never,
    });

    const { status, body } = await transition(reviewerEmail, documentId, { type: 'publisher.publish' });

    expect(status).toBe(409);
    expect(body.error.details.code).toBe('CONTENT_CHANGED_SINCE_REVIEW');
    expect(await publicTitle(documentId)).toBeNull();
  });

  describe('departments own their items', () => {
    it('refuses an editor of another department in the content manager (NOT_DEPARTMENT_EDITOR)', async () => {
      const documentId = await createDraft();

      const { status, body } = await adminSave(otherDepartmentEmail, documentId, { title: '他科室改动' });

      expect(status).toBe(403);
      expect(body.error.details.code).toBe('NOT_DEPARTMENT_EDITOR');
      expect(await draftTitle(documentId)).toBe(air.data.title);
    });

    it('refuses a token of another department over REST', async () => {
      const documentId = await createDraft();

      const { status, body } = await restPut(documentId, { title: '他科室改动' }, eiaToken);

      expect(status).toBe(403);
      expect(body.error.details.code).toBe('NOT_DEPARTMENT_EDITOR');
    });

    it('refuses re-assigning an item to a department the editor does not edit for', async () => {
      const documentId = await createDraft();

      const { status, body } = await restPut(documentId, {
        metadata: { ...(air.data.metadata as object), department: 'eia' },
      });

      expect(status).toBe(403);
      expect(body.error.details.code).toBe('REASSIGNMENT_NOT_ALLOWED');
    });

    it('refuses deletion by another department, and deletion of an item with history', async () => {
      const documentId = await createDraft();
      const byOther = await request(`${stack.url}/api/${air.plural}/${documentId}`, {
        method: 'DELETE',
        token: eiaToken,
      });
      await transition(editorEmail, documentId, { type: 'editor.submit' });
      await transition(reviewerEmail, documentId, { type: 'reviewer.return', reason: '重写' });

      const byOwn = await request(`${stack.url}/api/${air.plural}/${documentId}`, { method: 'DELETE', token });

      expect([byOther.status, byOther.body.error.details.code]).toEqual([403, 'NOT_DEPARTMENT_EDITOR']);
      expect([byOwn.status, byOwn.body.error.details.code]).toEqual([409, 'ITEM_HAS_HISTORY']);
      expect(await draftTitle(documentId)).toBe(air.data.title);
    });

    it('deletes a draft that never entered the chain, keeping its audit trail', async () => {
      const documentId = await createDraft();

      const { status } = await request(`${stack.url}/api/${air.plural}/${documentId}`, { method: 'DELETE', token });
      const events = (await auditOf(documentId)).map((row: { event: string }) => row.event);

      expect(status).toBe(204);
      expect(events).toEqual(['create', 'delete']);
    });

    it.each([
      [
        'an unbound full-access token',
        async () =>
          (
            await stack.strapi
              .service('admin::api-token')
              .create({ name: `unbound-${Date.now()}`, type: 'full-access', lifespan: null })
          ).accessKey,
        'TOKEN_NOT_BOUND',
      ],
    ])('refuses a write by %s', async (_label, key, code) => {
      const { status, body } = await request(`${stack.url}/api/${air.plural}?status=draft`, {
        method: 'POST',
        token: await key(),
        body: { data: air.data },
      });

      expect(status).toBe(403);
      expect(body.error.details.code).toBe(code);
    });
  });

  describe('the two-person rule on content', () => {
    let editorReviewer: string;
    beforeAll(async () => {
      editorReviewer = await createDepartmentToken(stack.strapi, 'monitoring', ['editor', 'reviewer']);
    });
    const machine = (key: string, documentId: string, event: Record<string, unknown>, locale = 'zh-CN') =>
      request(`${stack.url}/api/disclosure-workflow/transitions`, {
        method: 'POST',
        token: key,
        body: { uid: air.uid, documentId, locale, event },
      });

    it('refuses approval by whoever last changed the content (LAST_EDITOR_CANNOT_REVIEW)', async () => {
      const documentId = await createDraft();
      await restPut(documentId, { pm25: 95 }, editorReviewer);
      await transition(editorEmail, documentId, { type: 'editor.submit' });

      const { status, body } = await machine(editorReviewer, documentId, { type: 'reviewer.approve' });

      expect(status).toBe(403);
      expect(body.error.details.reasons.map((r: { code: string }) => r.code)).toContain('LAST_EDITOR_CANNOT_REVIEW');
    });

    it('refuses approval of a locale by the person who wrote it (AUTHOR_CANNOT_REVIEW)', async () => {
      const documentId = await createDraft();
      const translated = await restPut(documentId, air.en, editorReviewer, 'en');
      const submitted = await request(`${stack.url}/disclosure-workflow/transitions`, {
        method: 'POST',
        token: jwt[editorEmail],
        body: { uid: air.uid, documentId, locale: 'en', event: { type: 'editor.submit' } },
      });

      const { status, body } = await machine(editorReviewer, documentId, { type: 'reviewer.approve' }, 'en');

      expect([translated.status, submitted.status]).toEqual([200, 200]);
      expect(status).toBe(403);
      expect(body.error.details.reasons.map((r: { code: string }) => r.code)).toContain('AUTHOR_CANNOT_REVIEW');
    });
  });

  it('records nothing when a reviewer of another department opens the workflow view', async () => {
    const documentId = await createDraft();
    const before = await stack.strapi.db.connection('dh_workflow_records').where({ document_id: documentId }).first();
    await stack.strapi.db.connection('dh_workflow_records').where({ document_id: documentId }).delete();

    const opened = await view(otherDepartmentEmail, documentId);
    const after = await stack.strapi.db.connection('dh_workflow_records').where({ document_id: documentId });

    expect(before.author).toMatch(/^api-token:\d+$/);
    expect(opened.status).toBe(200);
    // Created by a token: no admin author, and certainly not the person who only looked at it.
    expect(opened.body.data.author).not.toMatch(/^admin:/);
    expect(after).toHaveLength(0);
  });

  it('puts a correction in review into its reviewer’s task list, and publishes it through the chain', async () => {
    const documentId = await createDraft();
    await throughReview(documentId);
    await transition(reviewerEmail, documentId, { type: 'publisher.publish' });
    await transition(editorEmail, documentId, { type: 'editor.revise' });
    const corrected = await restPut(documentId, { title: `${air.data.title}（更正）` });
    await transition(editorEmail, documentId, { type: 'editor.submit' });

    const tasks = await request(`${stack.url}/disclosure-workflow/tasks`, { token: jwt[reviewerEmail] });
    const task = tasks.body.data.items.find((i: { documentId: string }) => i.documentId === documentId);
    const panel = await view(reviewerEmail, documentId);
    const stillOnline = await publicTitle(documentId);
    const steps = [];
    for (const [email, event] of [
      [reviewerEmail, { type: 'reviewer.approve' }],
      [secrecyEmail, clearance],
      [reviewerEmail, { type: 'publisher.publish' }],
    ] as const)
      steps.push((await transition(email, documentId, event)).status);

    expect(corrected.status).toBe(200);
    expect(steps).toEqual([200, 200, 200]);
    expect(task).toMatchObject({ state: 'published', revision: 'departmentReview', mine: true });
    expect(panel.body.data.revision).toBe('departmentReview');
    expect(stillOnline).toBe(air.data.title);
    // The public read cache re-checks the outbox generation at most every 100 ms: poll briefly.
    expect(await eventually(() => publicTitle(documentId), `${air.data.title}（更正）`)).toBe(
      `${air.data.title}（更正）`,
    );
  });
});

describe('migrating a database of the previous release', () => {
  it('adds the revision stage and fingerprints to existing records without losing history', async () => {
    const knex = stack.strapi.db.connection;
    const documentId = await createDraft();
    await throughReview(documentId);
    await transition(reviewerEmail, documentId, { type: 'publisher.publish' });
    await transition(editorEmail, documentId, { type: 'editor.revise' });
    await transition(editorEmail, documentId, { type: 'editor.submit' });
    const history = await knex('dh_workflow_audit').where({ document_id: documentId }).count({ n: '*' });
    // The previous release's table: no revision, no fingerprints, and no record of migration 0002.
    await knex.schema.alterTable('dh_workflow_records', (t) =>
      t.dropColumns('revision', 'content_fingerprint', 'signed_fingerprint', 'signed_by'),
    );
    await knex('dh_migrations').where({ id: '0002-workflow-revision-and-fingerprints' }).delete();
    const { runMigrations, disclosureMigrations } = await import('../src/disclosure/migrations');

    const applied = await runMigrations(stack.strapi, disclosureMigrations);
    const row = await knex('dh_workflow_records').where({ document_id: documentId, locale: 'zh-CN' }).first();
    const after = await knex('dh_workflow_audit').where({ document_id: documentId }).count({ n: '*' });
    const approved = await transition(reviewerEmail, documentId, { type: 'reviewer.approve' });

    expect(applied).toEqual(['0002-workflow-revision-and-fingerprints']);
    expect(row).toMatchObject({ state: 'published', revision: 'departmentReview' });
    expect(Number(after[0]!.n)).toBe(Number(history[0]!.n));
    expect(approved.status).toBe(200);
  });
});

describe('staff see what changed', () => {
  const versions = (email: string, documentId: string) =>
    request(`${stack.url}/disclosure-workflow/items/${air.uid}/${documentId}/versions?locale=zh-CN`, {
      token: jwt[email],
    });

  it('lists saved and signed versions, and the difference from the version last signed', async () => {
    const documentId = await createDraft();
    await transition(editorEmail, documentId, { type: 'editor.submit' });
    await transition(reviewerEmail, documentId, { type: 'reviewer.approve' });
    await transition(secrecyEmail, documentId, { type: 'confidentiality.return', reason: '补充说明' });
    await request(`${stack.url}/api/${air.plural}/${documentId}?status=draft`, {
      method: 'PUT',
      token,
      body: { data: { title: `${air.data.title}（补充）` } },
    });

    const { status, body } = await versions(reviewerEmail, documentId);

    expect(status).toBe(200);
    expect(body.data.versions.map((v: { event: string; signed: boolean }) => [v.event, v.signed])).toEqual([
      ['create', false],
      ['reviewer.approve', true],
      ['editor.edit', false],
    ]);
    expect(body.data.lastSigned.fingerprint).toBe(body.data.versions[1].fingerprint);
    expect(body.data.current.fingerprint).toBe(body.data.versions[2].fingerprint);
    expect(body.data.diff).toEqual([{ field: 'title', before: air.data.title, after: `${air.data.title}（补充）` }]);
  });

  it('refuses duplicating a disclosure item in the content manager (DUPLICATE_NOT_ALLOWED)', async () => {
    const documentId = await createDraft();

    const { status, body } = await request(
      `${stack.url}/content-manager/collection-types/${air.uid}/clone/${documentId}?locale=zh-CN`,
      { method: 'POST', token: jwt[editorEmail], body: { title: '复制的条目' } },
    );

    expect(status).toBe(400);
    expect(body.error.details.code).toBe('DUPLICATE_NOT_ALLOWED');
  });
});

describe('emergency publication', () => {
  const incident = fixture('api::environmental-incident.environmental-incident');
  const emergencyEditor = 'editor.emergency@disclosure-hub.local';
  const emergencyReviewer = 'reviewer.emergency@disclosure-hub.local';
  const as = (email: string, uid: string, documentId: string, event: Record<string, unknown>) =>
    request(`${stack.url}/disclosure-workflow/transitions`, {
      method: 'POST',
      token: jwt[email],
      body: { uid, documentId, locale: 'zh-CN', event },
    });
  beforeAll(async () => {
    for (const email of [emergencyEditor, emergencyReviewer]) jwt[email] = await adminLogin(stack.url, email, password);
  });

  it('is refused in a category the catalogue does not mark (EMERGENCY_PUBLICATION_NOT_ALLOWED)', async () => {
    const documentId = await createDraft();
    await transition(editorEmail, documentId, { type: 'editor.submit' });
    await transition(reviewerEmail, documentId, { type: 'reviewer.approve' });

    const { status, body } = await transition(reviewerEmail, documentId, {
      type: 'publisher.emergencyPublish',
      reason: '紧急',
    });

    expect(status).toBe(403);
    expect(body.error.details.reasons.map((r: { code: string }) => r.code)).toContain(
      'EMERGENCY_PUBLICATION_NOT_ALLOWED',
    );
    expect(await publishedCount(documentId)).toBe(0);
  });

  it('publishes a sudden incident before confidentiality review, with a post-review due in one working day', async () => {
    const key = await createDepartmentToken(stack.strapi, 'emergency');
    const created = await request(`${stack.url}/api/${incident.plural}?status=draft`, {
      method: 'POST',
      token: key,
      body: { data: incident.data },
    });
    const documentId = created.body.data.documentId as string;
    await as(emergencyEditor, incident.uid, documentId, { type: 'editor.submit' });
    await as(emergencyReviewer, incident.uid, documentId, { type: 'reviewer.approve' });

    const published = await as(emergencyReviewer, incident.uid, documentId, {
      type: 'publisher.emergencyPublish',
      reason: '突发环境事件首次发布',
    });
    const tasks = await request(`${stack.url}/disclosure-workflow/tasks`, { token: jwt[secrecyEmail] });
    const task = tasks.body.data.items.find((i: { documentId: string }) => i.documentId === documentId);

    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ state: 'published', online: true });
    expect(task).toMatchObject({ state: 'published', mine: true });
    expect(task.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(task.workingDaysLeft).toBeLessThanOrEqual(1);
  });
});
