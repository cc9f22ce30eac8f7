import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

type Attribute = { type: string; component?: string; repeatable?: boolean; multiple?: boolean };
type Attributes = Record<string, Attribute>;

/** Bookkeeping Strapi changes on every save; none of it is content a reviewer reads. */
const volatileKeys = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/** What identifies a stored file's content: a replaced file gets a new hash and size. */
function canonicalFile(file: unknown): unknown {
  if (!file || typeof file !== 'object') return null;
  const f = file as Record<string, unknown>;
  return { hash: f.hash ?? null, size: f.size ?? null, mime: f.mime ?? null, ext: f.ext ?? null };
}

function canonicalValue(strapi: Core.Strapi, attribute: Attribute | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (attribute?.type === 'media') return Array.isArray(value) ? value.map(canonicalFile) : canonicalFile(value);
  if (attribute?.type === 'component' && attribute.component) {
    const entries = Array.isArray(value) ? value : [value];
    const canonical = entries.map((entry) =>
      entry && typeof entry === 'object'
        ? canonicalContent(strapi, attribute.component!, entry as Record<string, unknown>)
        : null,
    );
    return attribute.repeatable ? canonical : (canonical[0] ?? null);
  }
  if (attribute?.type === 'relation') {
    const one = (v: unknown) => (v && typeof v === 'object' ? ((v as { documentId?: unknown }).documentId ?? null) : v);
    return Array.isArray(value) ? value.map(one) : one(value);
  }
  return value;
}

/**
 * The content of one document version as a reviewer reads it: every attribute of the model
 * (components recursively, relations by documentId, files by content hash), without ids and
 * timestamps, with keys in a stable order.
 */
export function canonicalContent(
  strapi: Core.Strapi,
  uid: string,
  doc: Record<string, unknown>,
): Record<string, unknown> {
  const model = strapi.getModel(uid as never) as unknown as { attributes: Attributes };
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(model.attributes).sort()) {
    if (volatileKeys.has(name)) continue;
    out[name] = canonicalValue(strapi, model.attributes[name], doc[name]);
  }
  return out;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 over the canonical content: what a reviewer signs and what publication compares. */
export function contentFingerprint(strapi: Core.Strapi, uid: string, doc: Record<string, unknown>): string {
  return createHash('sha256')
    .update(stableJson(canonicalContent(strapi, uid, doc)))
    .digest('hex');
}

/** Top-level attributes whose canonical value differs between two versions, for the audit. */
export function changedFields(
  strapi: Core.Strapi,
  uid: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  const a = before ? canonicalContent(strapi, uid, before) : {};
  const b = canonicalContent(strapi, uid, after);
  return Object.keys(b).filter((k) => stableJson(a[k] ?? null) !== stableJson(b[k]));
}
