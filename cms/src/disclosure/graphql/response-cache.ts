import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { parse, type OperationDefinitionNode } from 'graphql';
import { disclosureUids } from '../catalog';
import { outboxTable } from '../outbox/outbox-tables';

interface Entry {
  generation: number;
  body: string;
  type: string;
  etag: string;
}

interface KoaContext {
  req: AsyncIterable<Buffer>;
  is(type: string): string | false | null;
  method: string;
  path: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  request: { body?: Record<string, unknown> };
  get(name: string): string;
  set(name: string, value: string): void;
}

export interface ResponseCacheOptions {
  /** Entries kept (least recently stored dropped first). Default 1000. */
  maxEntries?: number;
  /** Largest response cached, in bytes. Default 1 MB. */
  maxBodyBytes?: number;
  /** How long the generation read from the outbox is trusted. Default 100 ms (staleness bound). */
  generationTtlMs?: number;
}

function graphqlKey(body: Record<string, unknown> | undefined): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { query, variables, operationName, extensions } = body;
  if (typeof query === 'string') {
    try {
      const operations = parse(query).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      const chosen = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
      if (!chosen || chosen.operation !== 'query') return undefined;
    } catch {
      return undefined; // let GraphQL answer the syntax error
    }
  } else if (!(extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery) {
    return undefined;
  }
  // A persisted query's hash stands for its text; only error-free answers are stored.
  return JSON.stringify([query ?? null, variables ?? null, operationName ?? null, extensions ?? null]);
}

/**
 * Caches public (anonymous) reads of disclosures in process: REST `GET /api/<disclosure type>…`
 * and GraphQL queries, keyed by method, URL and the GraphQL query, variables and operation name
 * (the locale is in one of them). An entry is valid while no publication, correction or withdrawal
 * has happened since it was stored: the generation is the outbox's highest row id, written in the
 * same transaction as every such change, so every instance sees a change as soon as it is
 * committed, at most `generationTtlMs` later. Answers carry an ETag; `If-None-Match` gets a 304.
 */
export function createResponseCache(strapi: Core.Strapi, options: ResponseCacheOptions = {}) {
  const { maxEntries = 1000, maxBodyBytes = 1_000_000, generationTtlMs = 100 } = options;
  const maxRequestBytes = 1_000_000;
  const entries = new Map<string, Entry>();
  let known: { generation: number; readAt: number } | undefined;
  let reading: Promise<number> | undefined;
  const plurals = new Set(
    disclosureUids().map(
      (uid) => (strapi.getModel(uid as never) as unknown as { info: { pluralName: string } }).info.pluralName,
    ),
  );

  async function generation(): Promise<number> {
    if (known && Date.now() - known.readAt < generationTtlMs) return known.generation;
    reading ??= (async () => {
      try {
        const row = (await strapi.db.connection(outboxTable).max({ g: 'id' }).first()) as { g: number | string | null };
        const value = Number(row?.g ?? 0);
        known = { generation: value, readAt: Date.now() };
        return value;
      } finally {
        reading = undefined;
      }
    })();
    return reading;
  }

  /**
   * Strapi's body middleware leaves `/graphql` to the plugin's own parser, which skips a body that
   * is already parsed; reading it here lets the cache key on the query.
   */
  async function parseGraphqlBody(ctx: KoaContext): Promise<boolean> {
    if (ctx.request.body !== undefined || !ctx.is('application/json')) return true;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of ctx.req) {
      size += chunk.length;
      if (size > maxRequestBytes) {
        ctx.status = 413;
        ctx.body = { errors: [{ message: '请求过大 / request too large', extensions: { code: 'REQUEST_TOO_LARGE' } }] };
        return false;
      }
      chunks.push(chunk);
    }
    try {
      ctx.request.body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      return true;
    } catch {
      ctx.status = 400;
      ctx.body = {
        errors: [
          { message: '请求体不是有效的 JSON / the body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
        ],
      };
      return false;
    }
  }

  function anonymous(ctx: KoaContext): boolean {
    return !ctx.get('authorization') && !ctx.get('cookie').includes('jwtToken');
  }

  function keyOf(ctx: KoaContext): string | undefined {
    if (!anonymous(ctx)) return undefined;
    if (ctx.method === 'GET' && ctx.path.startsWith('/api/') && plurals.has(ctx.path.split('/')[2] ?? ''))
      return `GET ${ctx.url}`;
    if (ctx.path === '/graphql' && ctx.method === 'POST') {
      const key = graphqlKey(ctx.request.body);
      return key === undefined ? undefined : `GQL ${key}`;
    }
    return undefined;
  }

  const middleware = async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.path === '/graphql' && ctx.method === 'POST' && anonymous(ctx) && !(await parseGraphqlBody(ctx))) return;
    const raw = keyOf(ctx);
    if (raw === undefined) return next();
    const key = createHash('sha256').update(raw).digest('base64url');
    const current = await generation();
    const hit = entries.get(key);
    if (hit && hit.generation === current) {
      ctx.set('ETag', hit.etag);
      ctx.set('Cache-Control', 'public, max-age=0, must-revalidate');
      ctx.set('X-Cache', 'HIT');
      if (ctx.get('if-none-match') === hit.etag) {
        ctx.status = 304;
        return;
      }
      ctx.type = hit.type;
      ctx.body = hit.body;
      return;
    }
    await next();
    if (ctx.status !== 200 || ctx.body === null || ctx.body === undefined) return;
    const body =
      typeof ctx.body === 'string'
        ? ctx.body
        : Buffer.isBuffer(ctx.body) || typeof (ctx.body as { pipe?: unknown }).pipe === 'function'
          ? undefined
          : JSON.stringify(ctx.body);
    if (body === undefined || Buffer.byteLength(body) > maxBodyBytes) return;
    if (raw.startsWith('GQL ') && body.includes('"errors"')) return;
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const type = ctx.type || 'application/json';
    ctx.body = body;
    ctx.type = type;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'public, max-age=0, must-revalidate');
    ctx.set('X-Cache', 'MISS');
    // Stored under the generation seen before the query ran: a change committed meanwhile makes
    // the next request miss instead of serving what may predate it.
    entries.delete(key);
    entries.set(key, { generation: current, body, type, etag });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
  return { middleware, clear: () => entries.clear(), size: () => entries.size };
}
