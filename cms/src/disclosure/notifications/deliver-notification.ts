import type { Core } from '@strapi/strapi';
import type { OutboxEvent } from '../outbox';
import { notificationsTable } from './notification-tables';
import { notifyPayloadOf } from './notify-payload';
import { resolveRecipients } from './resolve-recipients';

interface ContentTypeModel {
  attributes?: Record<string, unknown>;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** The title of the item's draft (what staff work on), else of its published version, else null. */
async function titleOf(strapi: Core.Strapi, { uid, documentId, locale }: OutboxEvent): Promise<string | null> {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as ContentTypeModel | undefined;
  if (!model?.attributes?.title) return null;
  const localized = model.pluginOptions?.i18n?.localized === true;
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId, ...(localized ? { locale } : {}) },
    select: ['title', 'publishedAt'],
  })) as { title?: unknown; publishedAt?: unknown }[];
  const row = rows.find((r) => r.publishedAt === null || r.publishedAt === undefined) ?? rows[0];
  return typeof row?.title === 'string' && row.title.length > 0 ? row.title : null;
}

/**
 * Turns one `notify` event into one row per recipient. Idempotent: a second delivery of the same
 * event finds its rows by the unique (outbox_id, user_id) key and adds nothing. Recipients are
 * resolved at delivery, from the memberships of that moment.
 */
export async function deliverNotification(strapi: Core.Strapi, event: OutboxEvent): Promise<void> {
  const payload = notifyPayloadOf(event.payload);
  const userIds = await resolveRecipients(strapi, { recipients: payload.recipients, actorId: payload.actorId });
  if (userIds.length === 0) return;
  const title = await titleOf(strapi, event);
  await strapi.db
    .connection(notificationsTable)
    .insert(
      userIds.map((userId) => ({
        user_id: userId,
        template: payload.template,
        uid: event.uid,
        document_id: event.documentId,
        locale: event.locale,
        title,
        reason: payload.reason,
        actor_id: payload.actorId,
        outbox_id: event.id,
        created_at: new Date(payload.at),
        read_at: null,
      })),
    )
    .onConflict(['outbox_id', 'user_id'])
    .ignore();
}
