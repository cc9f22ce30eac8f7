import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MeiliClient, startLocalMeilisearch } from '../../src';
import type { LocalMeilisearch, PublishedDisclosure, PublishedRef } from '../../src';

/** Content type uid of a category key. */
export const uidOf = (category: string): string => `api::${category}.${category}`;

const monitoring = { code: 'monitoring', nameZh: '监测处', nameEn: 'Monitoring Division' };

/**
 * A published, proactive item with every common field filled; `fields` adds the category's own
 * fields and may override any common one.
 */
export function publishedDisclosure(
  fields: Partial<PublishedDisclosure> & Record<string, unknown> = {},
): PublishedDisclosure {
  return {
    documentId: 'doc0000000000000000000001',
    title: '郑州市2026年3月1日空气质量日报',
    publishedAt: '2026-03-02T02:00:00.000Z',
    updatedAt: '2026-03-02T02:00:00.000Z',
    locale: 'zh-CN',
    metadata: {
      indexNumber: '000014349/2026-00001',
      department: monitoring,
      dateFormed: '2026-03-01',
      documentNumber: null,
      regionCode: '410102',
      attribute: 'proactive',
      exemptionBasis: null,
    },
    description: {
      topic: '空气质量',
      summary: '郑州市2026年3月1日环境空气质量日报。',
      publishingOrganisation: '郑州市生态环境局',
    },
    ...fields,
  };
}

/** A Meilisearch of its own for one test file, in a temporary data directory. */
export interface TestMeilisearch {
  server: LocalMeilisearch;
  admin: MeiliClient;
  stop(): Promise<void>;
}

export async function startTestMeilisearch(): Promise<TestMeilisearch> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dh-search-index-'));
  const server = await startLocalMeilisearch({ dataDir });
  return {
    server,
    admin: new MeiliClient({ host: server.host, apiKey: server.masterKey }),
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An in-memory stand-in for the CMS's published versions of one locale: the two callbacks the
 * indexer, `reconcile` and `rebuild` take. Not a mock of our code: it is the data source they read.
 */
export class PublishedStore {
  readonly #items = new Map<string, { uid: string; document: PublishedDisclosure }>();

  put(uid: string, document: PublishedDisclosure): void {
    this.#items.set(`${uid}|${document.documentId}`, { uid, document });
  }

  remove(uid: string, documentId: string): void {
    this.#items.delete(`${uid}|${documentId}`);
  }

  readonly loadPublished = async (uid: string, documentId: string): Promise<PublishedDisclosure | null> =>
    this.#items.get(`${uid}|${documentId}`)?.document ?? null;

  readonly listPublished = (): AsyncIterable<PublishedRef> => {
    const refs = [...this.#items.values()].map(({ uid, document }) => ({
      uid,
      documentId: document.documentId,
      updatedAt: document.updatedAt ?? '',
    }));
    return (async function* () {
      yield* refs;
    })();
  };
}
