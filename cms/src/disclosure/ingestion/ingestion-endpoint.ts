import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/strapi';
import { loadDomainConfig, measurementFields } from '@disclosure-hub/config';
import { CsvBatchError, parseMeasurementCsv, type Actor, type RawRow } from '@disclosure-hub/workflows';
import { answer } from '../http/respond';
import { actorForApiToken } from '../workflow/token-bindings';
import { TransitionRefused } from '../workflow/transition-errors';
import { ingestBatch } from './ingest-batch';

export const ingestionPath = '/api/ingest/measurements';

/** A batch refused for what it holds (400). */
const invalid = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new TransitionRefused(400, 'ValidationError', message, { code, ...details });

/**
 * Reads the request body up to `limit` bytes. A larger body is still read to its end (up to four
 * times the limit, then the connection is dropped) so that the client receives the 413 answer
 * instead of a reset connection.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  let size = 0;
  let tooLarge = declared > limit;
  const parts: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      tooLarge = true;
      parts.length = 0;
      if (size > limit * 4) {
        req.destroy();
        break;
      }
    } else if (!tooLarge) parts.push(chunk);
  }
  if (tooLarge)
    throw new TransitionRefused(
      413,
      'PayloadTooLargeError',
      `批次过大，上限 ${limit} 字节，请拆分后分批提交 / the batch is larger than ${limit} bytes; split it`,
      { code: 'BATCH_TOO_LARGE', limit, ...(declared ? { received: declared } : {}) },
    );
  return Buffer.concat(parts);
}

/** Discards a body we will not read, so the answer reaches the client. */
async function drain(req: IncomingMessage, cap: number): Promise<void> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > cap) {
      req.destroy();
      return;
    }
  }
}

function decode(body: Buffer, charset: string | undefined): string {
  const encoding = (charset || 'utf-8').toLowerCase();
  if (!['utf-8', 'utf8', 'gbk', 'gb18030', 'gb2312'].includes(encoding))
    throw new TransitionRefused(
      415,
      'UnsupportedMediaTypeError',
      `不支持的字符集 / unsupported charset ${encoding} (UTF-8, GBK, GB18030)`,
      { code: 'CHARSET_UNSUPPORTED' },
    );
  try {
    return new TextDecoder(encoding === 'gb2312' ? 'gbk' : encoding, { fatal: true }).decode(body);
  } catch {
    throw invalid('BODY_NOT_DECODABLE', `请求体不是有效的 ${encoding} 文本 / the body is not valid ${encoding}`);
  }
}

function rowsOf(type: string, text: string): { format: 'json' | 'csv'; rows: RawRow[] } {
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw invalid('BODY_NOT_JSON', `请求体不是有效的 JSON / the body is not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed))
      throw invalid('BATCH_NOT_ARRAY', 'JSON 批次须为数组 / a JSON batch must be an array of rows');
    return { format: 'json', rows: parsed.map((value, i) => ({ line: i + 1, value, source: 'json' as const })) };
  }
  try {
    const columns = ['station', 'time', ...measurementFields];
    return {
      format: 'csv',
      rows: parseMeasurementCsv(text, columns).map((r) => ({ line: r.line, value: r.cells, source: 'csv' as const })),
    };
  } catch (error) {
    if (error instanceof CsvBatchError)
      throw invalid(error.code, error.message, error.line === null ? {} : { line: error.line });
    throw error;
  }
}

interface Ctx {
  method: string;
  path: string;
  req: IncomingMessage;
  request: { type: string; charset: string };
  query: Record<string, unknown>;
  get(header: string): string;
  status: number;
  body: unknown;
}

/** Who sends and in which format, both known from the headers alone. */
async function checkBeforeBody(strapi: Core.Strapi, ctx: Ctx): Promise<{ actor: Actor; type: string }> {
  const actor = await actorForApiToken(strapi, ctx.get('authorization'));
  if (!actor.departments[0]?.roles.includes('editor'))
    throw new TransitionRefused(
      403,
      'ForbiddenError',
      'API 令牌须具有撰稿人（editor）角色才能提交数据 / the token needs the editor role to send data',
      { code: 'TOKEN_NOT_PRODUCER' },
    );
  const type = ctx.request.type;
  if (type !== 'application/json' && type !== 'text/csv' && type !== 'application/csv')
    throw new TransitionRefused(
      415,
      'UnsupportedMediaTypeError',
      'Content-Type 须为 application/json 或 text/csv / Content-Type must be application/json or text/csv',
      { code: 'UNSUPPORTED_MEDIA_TYPE' },
    );
  return { actor, type };
}

/**
 * `POST /api/ingest/measurements`: a batch of hourly station measurements from a machine producer,
 * as a JSON array or CSV with a header row, authenticated by an API token bound to a department.
 * Served before Strapi's body parser, which would cap CSV at 56 kB and could not stream the limit.
 */
export async function handleIngestion(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  const { limits } = loadDomainConfig().monitoring;
  await answer(ctx, async () => {
    if (ctx.method !== 'POST')
      throw new TransitionRefused(405, 'MethodNotAllowedError', '仅接受 POST / POST only', {
        code: 'METHOD_NOT_ALLOWED',
      });
    // A refusal before the body is read still drains it, so the client receives the answer.
    const { actor, type } = await checkBeforeBody(strapi, ctx).catch(async (error: unknown) => {
      await drain(ctx.req, limits.maxBodyBytes * 4);
      throw error;
    });
    const membership = actor.departments[0]!;
    const body = await readBody(ctx.req, limits.maxBodyBytes);
    if (body.length === 0) throw invalid('BATCH_EMPTY', '批次为空 / the batch is empty');
    const { format, rows } = rowsOf(type, decode(body, ctx.request.charset));
    if (rows.length === 0) throw invalid('BATCH_EMPTY', '批次没有数据行 / the batch has no rows');
    if (rows.length > limits.maxRows)
      throw new TransitionRefused(
        413,
        'PayloadTooLargeError',
        `每批最多 ${limits.maxRows} 行 / at most ${limits.maxRows} rows per batch`,
        { code: 'BATCH_TOO_MANY_ROWS', limit: limits.maxRows, received: rows.length },
      );

    const result = await ingestBatch(strapi, {
      actorId: actor.id,
      department: membership.code,
      format,
      bodySha256: createHash('sha256').update(body).digest('hex'),
      rows,
      release: ctx.query.release !== 'false',
    });
    if (ctx.query.detail === 'rejected') result.rows = { ...result.rows, accepted: [], duplicates: [] };
    if (result.accepted === 0 && result.duplicates === 0)
      throw new TransitionRefused(422, 'ValidationError', '批次中没有有效数据行 / no row of the batch is valid', {
        code: 'NO_VALID_ROWS',
        batch: result,
      });
    return result;
  });
}
