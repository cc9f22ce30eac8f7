import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { extractPdfText, PdfTextError } from './pdf-text';

type Attributes = Record<string, { type: string }>;

interface MediaFile {
  name?: string;
  url?: string;
  mime?: string;
  hash?: string;
  size?: number;
}

/** The text of one attached PDF, or why it could not be read. */
export type AttachmentText =
  | { path: string; name: string; text: string }
  | { path: string; name: string; error: PdfTextError['code'] };

const cache = new Map<string, { text: string } | { error: PdfTextError['code'] }>();
const cacheLimit = 500;

/** Media attributes of a content type, with the populate that loads their files. */
export function mediaPopulate(strapi: Core.Strapi, uid: string): Record<string, { fields: string[] }> {
  const model = strapi.getModel(uid as never) as unknown as { attributes: Attributes };
  return Object.fromEntries(
    Object.entries(model.attributes)
      .filter(([, attribute]) => attribute.type === 'media')
      .map(([name]) => [name, { fields: ['name', 'url', 'mime', 'hash', 'size'] }]),
  );
}

async function readPdf(strapi: Core.Strapi, file: MediaFile): Promise<string> {
  const url = file.url ?? '';
  if (url.startsWith('/')) {
    const publicDir = strapi.dirs.static.public;
    const local = path.resolve(publicDir, `.${url}`);
    if (!local.startsWith(path.resolve(publicDir) + path.sep))
      throw new PdfTextError('PDF_TEXT_FAILED', 'bad file url');
    return (await extractPdfText(local)).text;
  }
  // A remote upload provider (object storage): fetch into a private temporary folder first.
  const response = await fetch(url);
  if (!response.ok) throw new PdfTextError('PDF_TEXT_FAILED', `download failed: ${response.status}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'disclosure-pdf-'));
  try {
    const local = path.join(dir, 'file.pdf');
    await writeFile(local, Buffer.from(await response.arrayBuffer()));
    return (await extractPdfText(local)).text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The text of every PDF attached to the document's media fields (`fullTexts.0`, …), for the
 * personal-data scan and for search. A PDF that cannot be read is reported, never skipped silently.
 * Texts are cached by file hash and size: files are immutable once uploaded.
 */
export async function attachmentTexts(
  strapi: Core.Strapi,
  uid: string,
  doc: Record<string, unknown>,
): Promise<AttachmentText[]> {
  const results: AttachmentText[] = [];
  for (const name of Object.keys(mediaPopulate(strapi, uid))) {
    const value = doc[name];
    const files = (Array.isArray(value) ? value : value ? [value] : []) as MediaFile[];
    for (const [i, file] of files.entries()) {
      if (file?.mime !== 'application/pdf') continue;
      const where = { path: `${name}.${i}`, name: file.name ?? '' };
      const key = `${file.hash ?? file.url}:${file.size ?? ''}`;
      let outcome = cache.get(key);
      if (outcome === undefined) {
        try {
          outcome = { text: await readPdf(strapi, file) };
        } catch (error) {
          outcome = { error: error instanceof PdfTextError ? error.code : 'PDF_TEXT_FAILED' };
          strapi.log.warn(
            `[disclosure-hub] attachment ${file.name ?? file.url} unreadable: ${(error as Error).message}`,
          );
        }
        // Only successes are kept: a timeout under load may pass on the next try.
        if ('text' in outcome) {
          if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
          cache.set(key, outcome);
        }
      }
      results.push({ ...where, ...outcome });
    }
  }
  return results;
}
