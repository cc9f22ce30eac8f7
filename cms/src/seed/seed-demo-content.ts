import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { generateDemoContent, type DemoItem } from './demo-content';
import { DemoCast, publishDemoItem } from './publish-demo-item';
import { actingAs } from '../disclosure/workflow/workflow-actor';

const seedKey = 'demoContentSeeded';

type Documents = {
  create(p: { data: object; locale: string }): Promise<{ documentId: string; id: number }>;
  update(p: { documentId: string; locale: string; data: object }): Promise<unknown>;
};

async function uploadAttachments(strapi: Core.Strapi, item: DemoItem, dir: string): Promise<Record<string, number[]>> {
  const byField: Record<string, number[]> = {};
  for (const attachment of item.attachments ?? []) {
    const filepath = path.join(dir, attachment.name);
    writeFileSync(filepath, attachment.content);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: attachment.name, caption: '演示文件 / demo file' } },
        files: {
          filepath,
          originalFilename: attachment.name,
          mimetype: attachment.mime,
          size: attachment.content.length,
        },
      });
    (byField[attachment.field] ??= []).push(file.id);
  }
  return byField;
}

async function seedBatch(strapi: Core.Strapi, batch: DemoItem[], dir: string, cast: DemoCast): Promise<number> {
  let published = 0;
  for (const item of batch) {
    const documents = strapi.documents(item.uid as never) as unknown as Documents;
    const media = await uploadAttachments(strapi, item, dir);
    const metadata = item.data.metadata as { department: string };
    // Drafted by the department's demo editor, through the same workflow layer as the admin.
    const created = await actingAs(cast.actor(metadata.department, 'editor'), async () => {
      const doc = await documents.create({ data: { ...item.data, ...media }, locale: item.locale });
      if (item.translations?.en) {
        await documents.update({
          documentId: doc.documentId,
          locale: 'en',
          data: { ...item.data, ...media, ...item.translations.en },
        });
      }
      return doc;
    });
    if (item.publish) {
      const locales = item.translations?.en ? ['zh-CN', 'en'] : ['zh-CN'];
      await publishDemoItem(strapi, { cast, uid: item.uid, documentId: created.documentId, locales });
      published += 1;
    }
  }
  return published;
}

/**
 * Loads the deterministic demo content once (development only): drafts through the Document
 * Service, so every item meets the same validation as an editor's, and the proactive items the
 * generator marks for publication are published. A second start finds the marker and does nothing.
 */
export async function seedDemoContent(strapi: Core.Strapi, { today }: { today: string }): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'disclosure-hub' });
  if (await store.get({ key: seedKey })) return;

  const items = generateDemoContent({ today });
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-hub-demo-'));
  const cast = await DemoCast.load(strapi);
  let published = 0;
  try {
    // One transaction per batch: SQLite then syncs to disk once per batch instead of per write.
    const batchSize = 100;
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      published += await strapi.db.transaction(() => seedBatch(strapi, batch, dir, cast));
      strapi.log.info(`[disclosure-hub] demo content: ${Math.min(start + batchSize, items.length)}/${items.length}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await store.set({ key: seedKey, value: { at: new Date().toISOString(), items: items.length, published } });
  strapi.log.info(
    `[disclosure-hub] seeded ${items.length} demo items (${published} published) in ${((Date.now() - started) / 1000).toFixed(1)} s (development only)`,
  );
}
