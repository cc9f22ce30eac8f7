import type { Core } from '@strapi/strapi';
import { runAsWorkflow } from '../disclosure/workflow/workflow-scope';

/**
 * Publishes a demo item. Until the workflow routes exist this runs as the workflow itself;
 * the demo then goes through the review chain with the demo accounts instead.
 */
export async function publishDemoItem(
  strapi: Core.Strapi,
  { uid, documentId, locales }: { uid: string; documentId: string; locales: string[] },
): Promise<void> {
  const documents = strapi.documents(uid as never) as unknown as {
    publish(p: { documentId: string; locale: string }): Promise<unknown>;
  };
  for (const locale of locales) {
    await runAsWorkflow({ command: 'demoSeed', actorId: 'system' }, () => documents.publish({ documentId, locale }));
  }
}
