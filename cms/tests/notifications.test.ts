import type { Core } from '@strapi/strapi';
import type { Recipient } from '@disclosure-hub/workflows';
import { startTestStack, type TestStack } from './helpers/stack';
import { adminLogin, request } from './helpers/api';
import { demoStaff, loginDemoStaff, publishThroughChain } from './helpers/chain';
import { fixture } from './helpers/fixtures';
import { ensureDisclosureStaffRole } from '../src/disclosure/admin-role';
import { drainOutbox, enqueueOutboxEvent, stopOutboxWorker } from '../src/disclosure/outbox';
import {
  enqueueNotification,
  notificationsConsumerName,
  notifyDeadlines,
  type NotificationInput,
} from '../src/disclosure/notifications';

const air = fixture('api::air-quality-daily.air-quality-daily');
const readerPassword = 'Reader2026!';
const readers = {
  lister: 'lister@notifications.test',
  marker: 'marker@notifications.test',
} as const;

let stack: TestStack;
let jwt: Record<string, string>;
const userIds: Record<string, number> = {};
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

async function createReader(strapi: Core.Strapi, email: string): Promise<number> {
  const role = await ensureDisclosureStaffRole(strapi);
  const user = await strapi.service('admin::user').create({
    email,
    firstname: '通知',
    lastname: '读者',
    password: readerPassword,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return user.id as number;
}

async function createDraft(title: string): Promise<string> {
  const department = await stack.strapi.db
    .query('api::department.department')
    .findOne({ where: { code: 'monitoring' } });
  const { status, body } = await request(`${stack.url}/content-manager/collection-types/${air.uid}`, {
    method: 'POST',
    token: jwt[demoStaff.editor],
    body: {
      ...air.data,
      title,
      metadata: { ...(air.data.metadata as object), department: { connect: [{ id: department.id }] } },
    },
  });
  if (status !== 201) throw new Error(`draft not created: ${status} ${JSON.stringify(body)}`);
  return body.data.documentId as string;
}

async function submit(documentId: string): Promise<void> {
  const { status, body } = await request(`${stack.url}/disclosure-workflow/transitions`, {
    method: 'POST',
    token: jwt[demoStaff.editor],
    body: { uid: air.uid, documentId, locale: 'zh-CN', event: { type: 'editor.submit' } },
  });
  if (status !== 200) throw new Error(`submit refused: ${status} ${JSON.stringify(body)}`);
}

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  // Deliveries happen when a test drains, never behind its back.
  await stopOutboxWorker();
  jwt = await loginDemoStaff(stack.url);
  for (const email of [...Object.values(demoStaff), 'leader@disclosure-hub.local']) {
    const user = await stack.strapi.db.query('admin::user').findOne({ where: { email } });
    userIds[email] = user.id as number;
  }
  for (const email of Object.values(readers)) {
    userIds[email] = await createReader(stack.strapi, email);
    jwt[email] = await adminLogin(stack.url, email, readerPassword);
  }
});

afterAll(async () => {
  await stack?.stop();
});

const user = (email: string): Recipient => ({ kind: 'user', id: `admin:${userIds[email]}` });

const input = (change: Partial<NotificationInput> = {}): NotificationInput => ({
  target: { uid: air.uid, documentId: unique('no-such-document'), locale: 'zh-CN' },
  template: 'reviewRequested',
  recipients: [user(demoStaff.editor)],
  actorId: 'admin:999999',
  at: new Date(),
  reason: null,
  ...change,
});

const notify = async (change: Partial<NotificationInput> = {}): Promise<number | null> =>
  stack.strapi.db.transaction(async ({ trx }) => enqueueNotification(trx, input(change)));

const deliver = () => drainOutbox(stack.strapi, { consumers: [notificationsConsumerName] });

const recipientsOf = async (outboxId: number | null) =>
  (
    (await stack.strapi.db
      .connection('dh_notifications')
      .where({ outbox_id: outboxId })
      .orderBy('user_id')
      .select('user_id')) as { user_id: number | string }[]
  ).map((row) => Number(row.user_id));

const ids = (...emails: string[]) => emails.map((email) => userIds[email]!).sort((a, b) => a - b);

describe('the notify topic', () => {
  it('reaches the notifications consumer only, never search or portal webhooks', async () => {
    const outboxId = await notify();

    const consumers = await stack.strapi.db
      .connection('dh_outbox_deliveries')
      .where({ outbox_id: outboxId })
      .pluck('consumer');

    expect(consumers).toEqual([notificationsConsumerName]);
  });

  it('leaves publications to search and portal webhooks', async () => {
    const outboxId = (await stack.strapi.db.transaction(({ trx }) =>
      enqueueOutboxEvent(trx, { topic: 'publish', uid: air.uid, documentId: unique('published'), locale: 'zh-CN' }),
    )) as number;

    const consumers = await stack.strapi.db
      .connection('dh_outbox_deliveries')
      .where({ outbox_id: outboxId })
      .orderBy('consumer')
      .pluck('consumer');

    expect(consumers).toEqual(['search', 'webhooks']);
  });
});

describe('enqueueing a notification', () => {
  it.each<[string, Partial<NotificationInput>]>([
    ['an unknown template', { template: 'celebrate' as never }],
    ['a recipient of an unknown kind', { recipients: [{ kind: 'group', id: 'all' } as never] }],
    [
      'a role the engine does not know',
      { recipients: [{ kind: 'role', role: 'janitor', department: 'monitoring' } as never] },
    ],
    ['a role without a department', { recipients: [{ kind: 'role', role: 'reviewer' } as never] }],
    ['recipients that are not a list', { recipients: 'everyone' as never }],
    ['no actor', { actorId: '' }],
    ['a time that is not one', { at: 'yesterday' }],
  ])('refuses %s with OUTBOX_INVALID_EVENT', async (_, change) => {
    await expect(notify(change)).rejects.toMatchObject({ name: 'OutboxError', code: 'OUTBOX_INVALID_EVENT' });
  });

  it('refuses to enqueue outside the transaction of the change', async () => {
    const outside = enqueueNotification(stack.strapi.db.connection, input());

    await expect(outside).rejects.toMatchObject({ name: 'OutboxError', code: 'OUTBOX_NOT_IN_TRANSACTION' });
  });

  it('enqueues nothing when there is nobody to notify', async () => {
    const outboxId = await notify({ recipients: [] });

    expect(outboxId).toBeNull();
  });
});

describe('delivering a notification', () => {
  it('reaches the members holding the role in the department', async () => {
    const outboxId = await notify({ recipients: [{ kind: 'role', role: 'reviewer', department: 'monitoring' }] });

    await deliver();

    expect(await recipientsOf(outboxId)).toEqual(ids(demoStaff.reviewer));
  });

  it("reads the engine's confidentiality role as the configuration's confidentialityReviewer", async () => {
    const outboxId = await notify({ recipients: [{ kind: 'role', role: 'confidentiality', department: 'office' }] });

    await deliver();

    expect(await recipientsOf(outboxId)).toEqual(ids(demoStaff.secrecy));
  });

  it('never notifies the actor who caused it', async () => {
    const outboxId = await notify({
      recipients: [user(demoStaff.editor), { kind: 'role', role: 'reviewer', department: 'monitoring' }],
      actorId: `admin:${userIds[demoStaff.reviewer]}`,
    });

    await deliver();

    expect(await recipientsOf(outboxId)).toEqual(ids(demoStaff.editor));
  });

  it('skips actors without an inbox: API tokens and the scheduler', async () => {
    const outboxId = await notify({
      recipients: [
        { kind: 'user', id: 'token:7' },
        { kind: 'user', id: 'system:scheduler' },
      ],
    });

    await deliver();

    expect(await recipientsOf(outboxId)).toEqual([]);
  });

  it("copies the title of the item's draft", async () => {
    const documentId = await createDraft('通知测试：郑州市空气质量日报草稿');
    const outboxId = await notify({ target: { uid: air.uid, documentId, locale: 'zh-CN' } });

    await deliver();

    const row = await stack.strapi.db.connection('dh_notifications').where({ outbox_id: outboxId }).first();
    expect(row.title).toBe('通知测试：郑州市空气质量日报草稿');
  });

  it('writes each recipient once when the event is delivered again', async () => {
    const outboxId = await notify({ recipients: [user(demoStaff.editor), user(demoStaff.secrecy)] });
    await deliver();
    await stack.strapi.db
      .connection('dh_outbox_deliveries')
      .where({ outbox_id: outboxId, consumer: notificationsConsumerName })
      .update({ status: 'pending', next_attempt_at: new Date(), delivered_at: null });

    const again = await deliver();

    expect(again.delivered).toBe(1);
    expect(await recipientsOf(outboxId)).toEqual(ids(demoStaff.editor, demoStaff.secrecy));
  });
});

describe('notifications from the review chain', () => {
  const transition = (email: string, documentId: string, event: Record<string, unknown>) =>
    request(`${stack.url}/disclosure-workflow/transitions`, {
      method: 'POST',
      token: jwt[email],
      body: { uid: air.uid, documentId, locale: 'zh-CN', event },
    });
  const notificationsOf = (documentId: string, template: string) =>
    stack.strapi.db
      .connection('dh_notifications')
      .where({ document_id: documentId, template })
      .orderBy('user_id') as Promise<{ user_id: number | string; title: string | null; reason: string | null }[]>;

  it("asks the department's reviewers to review a submitted item, with its title", async () => {
    const documentId = await createDraft('通知测试：提交审核');

    await submit(documentId);
    await deliver();

    const rows = await notificationsOf(documentId, 'reviewRequested');
    expect(rows.map((r) => [Number(r.user_id), r.title])).toEqual([
      [userIds[demoStaff.reviewer], '通知测试：提交审核'],
    ]);
  });

  it('tells the editor why an item was returned', async () => {
    const documentId = await createDraft('通知测试：退回修改');
    await submit(documentId);

    await transition(demoStaff.reviewer, documentId, { type: 'reviewer.return', reason: '请核对监测数据' });
    await deliver();

    const rows = await notificationsOf(documentId, 'returnedForChanges');
    expect(rows.map((r) => [Number(r.user_id), r.reason])).toEqual([[userIds[demoStaff.editor], '请核对监测数据']]);
  });
});

describe('the notification routes', () => {
  const list = (email: string, query = '') =>
    request(`${stack.url}/disclosure-workflow/notifications${query}`, { token: jwt[email] });
  const markRead = (email: string, id: number | string) =>
    request(`${stack.url}/disclosure-workflow/notifications/${id}/read`, { method: 'POST', token: jwt[email] });
  const notificationIdOf = async (outboxId: number | null, email: string) =>
    Number(
      (
        await stack.strapi.db
          .connection('dh_notifications')
          .where({ outbox_id: outboxId, user_id: userIds[email] })
          .first()
      ).id,
    );

  let returned: number | null;

  beforeAll(async () => {
    const minute = 60_000;
    const start = Date.parse('2026-11-02T09:00:00+08:00');
    await notify({ recipients: [user(readers.lister)], at: new Date(start) });
    returned = await notify({
      recipients: [user(readers.lister)],
      template: 'returnedForChanges',
      reason: '监测数据有误',
      at: new Date(start + minute),
    });
    await notify({ recipients: [user(readers.lister)], template: 'withdrawn', at: new Date(start + 2 * minute) });
    await notify({ recipients: [user(readers.marker)] });
    await deliver();
  });

  it("lists the logged-in user's own notifications, newest first", async () => {
    const { status, body } = await list(readers.lister);

    expect(status).toBe(200);
    expect(body.data).toMatchObject({ total: 3, unread: 3 });
    expect(body.data.items.map((i: { template: string }) => i.template)).toEqual([
      'withdrawn',
      'returnedForChanges',
      'reviewRequested',
    ]);
  });

  it('answers each notification with its item and a message in Chinese and English', async () => {
    const { body } = await list(readers.lister);

    expect(body.data.items[1]).toEqual({
      id: await notificationIdOf(returned, readers.lister),
      template: 'returnedForChanges',
      message: { zh: '已退回修改：监测数据有误', en: 'returned for changes: 监测数据有误' },
      uid: air.uid,
      documentId: expect.any(String),
      locale: 'zh-CN',
      title: null,
      reason: '监测数据有误',
      actorId: 'admin:999999',
      createdAt: '2026-11-02T01:01:00.000Z',
      readAt: null,
    });
  });

  it('pages with page and pageSize', async () => {
    const { body } = await list(readers.lister, '?page=2&pageSize=2');

    expect(body.data.total).toBe(3);
    expect(body.data.items.map((i: { template: string }) => i.template)).toEqual(['reviewRequested']);
  });

  it.each([
    ['?page=0', 'NOTIFICATION_INVALID_PAGE'],
    ['?page=two', 'NOTIFICATION_INVALID_PAGE'],
    ['?page=1&page=2', 'NOTIFICATION_INVALID_PAGE'],
    ['?pageSize=0', 'NOTIFICATION_INVALID_PAGE_SIZE'],
    ['?pageSize=101', 'NOTIFICATION_INVALID_PAGE_SIZE'],
    ['?pageSize=-5', 'NOTIFICATION_INVALID_PAGE_SIZE'],
    ['?unread=yes', 'NOTIFICATION_INVALID_FILTER'],
  ])('refuses %s with 400 %s', async (query, code) => {
    const { status, body } = await list(readers.lister, query);

    expect(status).toBe(400);
    expect(body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { code } } });
  });

  it("marks one's own notification read", async () => {
    const outboxId = await notify({ recipients: [user(readers.marker)] });
    await deliver();
    const id = await notificationIdOf(outboxId, readers.marker);

    const { status, body } = await markRead(readers.marker, id);

    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id, readAt: expect.any(String) });
  });

  it('lists only unread notifications when asked', async () => {
    const readOne = await notify({ recipients: [user(readers.marker)] });
    const unreadOne = await notify({ recipients: [user(readers.marker)] });
    await deliver();
    await markRead(readers.marker, await notificationIdOf(readOne, readers.marker));

    const { body } = await list(readers.marker, '?unread=true&pageSize=100');

    const listed = body.data.items.map((i: { id: number }) => i.id);
    expect(listed).toContain(await notificationIdOf(unreadOne, readers.marker));
    expect(listed).not.toContain(await notificationIdOf(readOne, readers.marker));
    expect(body.data.total).toBe(body.data.unread);
  });

  it("answers 404 NOTIFICATION_NOT_FOUND for another user's notification and leaves it unread", async () => {
    const id = await notificationIdOf(returned, readers.lister);

    const { status, body } = await markRead(readers.marker, id);

    expect(status).toBe(404);
    expect(body).toMatchObject({ data: null, error: { status: 404, details: { code: 'NOTIFICATION_NOT_FOUND' } } });
    expect((await list(readers.lister)).body.data.unread).toBe(3);
  });

  it.each([['999999999'], ['abc']])('answers 404 NOTIFICATION_NOT_FOUND for the id %s', async (id) => {
    const { status, body } = await markRead(readers.marker, id);

    expect(status).toBe(404);
    expect(body.error.details.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('refuses a request without an admin session', async () => {
    const { status } = await request(`${stack.url}/disclosure-workflow/notifications`);

    expect(status).toBe(401);
  });
});

describe('deadline reminders', () => {
  const day = 86_400_000;
  let pendingId: string;
  let publishedId: string;
  let dueDay: string;
  /** Noon in Shanghai, `days` calendar days after the due date. */
  const afterDue = (days: number) => new Date(Date.parse(`${dueDay}T12:00:00+08:00`) + days * day);

  const remindersOf = async (documentId: string) =>
    (
      (await stack.strapi.db
        .connection('dh_outbox')
        .where({ topic: 'notify', document_id: documentId })
        .orderBy('id')) as { id: number; payload: string }[]
    )
      .map((row) => ({ id: Number(row.id), template: JSON.parse(row.payload).template as string }))
      .filter((row) => ['dueSoon', 'overdue'].includes(row.template));

  beforeAll(async () => {
    pendingId = await createDraft('期限提醒测试：待审核');
    await submit(pendingId);
    publishedId = await createDraft('期限提醒测试：已发布');
    await publishThroughChain(stack.url, jwt, { uid: air.uid, documentId: publishedId });
    const record = await stack.strapi.db
      .connection('dh_workflow_records')
      .where({ uid: air.uid, document_id: pendingId, locale: 'zh-CN' })
      .first();
    if (!record?.due_date) throw new Error('the submitted item has no due date');
    dueDay = String(record.due_date).slice(0, 10);
  });

  it("reminds the department's editors and reviewers of an item due within three working days", async () => {
    await notifyDeadlines(stack.strapi, { now: afterDue(0) });
    await deliver();

    const [reminder] = await remindersOf(pendingId);
    expect(reminder?.template).toBe('dueSoon');
    expect(await recipientsOf(reminder!.id)).toEqual(ids(demoStaff.editor, demoStaff.reviewer));
  });

  it('reminds once a day, however many runs overlap', async () => {
    const now = afterDue(10);

    await Promise.all([notifyDeadlines(stack.strapi, { now }), notifyDeadlines(stack.strapi, { now })]);
    await notifyDeadlines(stack.strapi, { now: new Date(now.getTime() + 3_600_000) });

    expect((await remindersOf(pendingId)).filter((r) => r.template === 'overdue')).toHaveLength(1);
  });

  it('reminds again the next day', async () => {
    const before = (await remindersOf(pendingId)).length;

    await notifyDeadlines(stack.strapi, { now: afterDue(20) });
    await notifyDeadlines(stack.strapi, { now: afterDue(21) });

    expect((await remindersOf(pendingId)).length - before).toBe(2);
  });

  it('leaves items that are published alone', async () => {
    await notifyDeadlines(stack.strapi, { now: afterDue(30) });

    expect(await remindersOf(publishedId)).toEqual([]);
  });

  it('leaves items due later alone', async () => {
    const documentId = await createDraft('期限提醒测试：尚早');
    await submit(documentId);

    await notifyDeadlines(stack.strapi, { now: afterDue(-20) });

    expect(await remindersOf(documentId)).toEqual([]);
  });
});
