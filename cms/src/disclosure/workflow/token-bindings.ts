import type { Core } from '@strapi/strapi';
import { departmentRoles, loadDomainConfig } from '@disclosure-hub/config';
import type { Actor } from '@disclosure-hub/workflows';
import { TransitionRefused } from './transition-errors';
import { toEngineRoles } from './workflow-actor';

/**
 * API tokens of machine producers (monitoring systems) bound to one department with workflow
 * roles: the token acts in the workflow like a member of that department, never beyond it.
 */
export const tokenBindingsTable = 'dh_api_token_bindings';

export interface TokenBinding {
  tokenId: number;
  department: string;
  roles: string[];
  updatedBy: string;
  updatedAt: Date;
}

export const apiTokenActorId = (tokenId: number | string) => `api-token:${tokenId}`;

export async function ensureTokenBindingTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(tokenBindingsTable)) return;
  await knex.schema.createTable(tokenBindingsTable, (t) => {
    t.integer('token_id').primary();
    t.string('department', 64).notNullable();
    t.text('roles').notNullable();
    t.string('updated_by', 128).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });
}

const invalid = (message: string, field: string) =>
  new TransitionRefused(400, 'ValidationError', message, { code: 'TOKEN_BINDING_INVALID', field });

/**
 * Binds (or rebinds) a token. Refuses unknown tokens, read-only tokens (they can only read),
 * unknown departments and roles outside the configured list.
 */
export async function bindToken(
  strapi: Core.Strapi,
  input: { tokenId: number; department: unknown; roles: unknown; by: string },
): Promise<TokenBinding> {
  const token = (await strapi.db.query('admin::api-token').findOne({ where: { id: input.tokenId } })) as {
    id: number;
    type: string;
  } | null;
  if (!token)
    throw new TransitionRefused(404, 'NotFoundError', 'API 令牌不存在 / no such API token', {
      code: 'TOKEN_NOT_FOUND',
    });
  if (token.type === 'read-only')
    throw invalid('只读令牌不能参与审核流程 / a read-only token cannot take part in the workflow', 'tokenId');
  const departments = loadDomainConfig().departments.departments.map((d) => d.code);
  if (typeof input.department !== 'string' || !departments.includes(input.department))
    throw invalid(`部门须为 / department must be one of: ${departments.join(', ')}`, 'department');
  const known = departmentRoles as readonly string[];
  const roles = input.roles;
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((r) => typeof r === 'string' && known.includes(r)) ||
    new Set(roles).size !== roles.length
  )
    throw invalid(`角色须取自 / roles must be a non-empty list from: ${known.join(', ')}`, 'roles');
  const row = {
    token_id: token.id,
    department: input.department,
    roles: JSON.stringify(roles),
    updated_by: input.by,
    updated_at: new Date(),
  };
  await strapi.db.connection(tokenBindingsTable).insert(row).onConflict('token_id').merge();
  return {
    tokenId: token.id,
    department: input.department,
    roles: roles as string[],
    updatedBy: input.by,
    updatedAt: row.updated_at,
  };
}

export async function unbindToken(strapi: Core.Strapi, tokenId: number): Promise<boolean> {
  return Number(await strapi.db.connection(tokenBindingsTable).where({ token_id: tokenId }).delete()) > 0;
}

export async function tokenBinding(strapi: Core.Strapi, tokenId: number): Promise<TokenBinding | null> {
  const row = await strapi.db.connection(tokenBindingsTable).where({ token_id: tokenId }).first();
  if (!row) return null;
  return {
    tokenId: Number(row.token_id),
    department: row.department,
    roles: JSON.parse(row.roles) as string[],
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at),
  };
}

const unauthorized = (code: string, message: string) =>
  new TransitionRefused(401, 'UnauthorizedError', message, { code });

/**
 * The workflow actor for the content-API token in `Authorization: Bearer …`. Every check is on the
 * server: the token must exist, be unexpired, not be read-only, and be bound to a department.
 */
export async function actorForApiToken(strapi: Core.Strapi, authorization: string | undefined): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('TOKEN_MISSING', '缺少 API 令牌 / missing API token (Authorization: Bearer …)');
  const service = (strapi.service('admin::api-token-content-api') ?? strapi.service('admin::api-token')) as unknown as {
    hash(key: string): string;
    getByAccessKey(
      hash: string,
    ): Promise<{ id: number; type: string; kind?: string | null; expiresAt?: string | null } | null>;
  };
  const token = await service.getByAccessKey(service.hash(match[1]!));
  if (!token || (token.kind !== undefined && token.kind !== null && token.kind !== 'content-api'))
    throw unauthorized('TOKEN_INVALID', 'API 令牌无效 / invalid API token');
  if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now())
    throw unauthorized('TOKEN_EXPIRED', 'API 令牌已过期 / API token expired');
  if (token.type === 'read-only')
    throw new TransitionRefused(
      403,
      'ForbiddenError',
      '只读令牌不能参与审核流程 / a read-only token cannot take part in the workflow',
      {
        code: 'TOKEN_READ_ONLY',
      },
    );
  const binding = await tokenBinding(strapi, token.id);
  if (!binding)
    throw new TransitionRefused(
      403,
      'ForbiddenError',
      'API 令牌未绑定部门 / the API token is not bound to a department',
      {
        code: 'TOKEN_NOT_BOUND',
      },
    );
  return {
    id: apiTokenActorId(token.id),
    departments: [{ code: binding.department, roles: toEngineRoles(binding.roles) }],
  };
}
