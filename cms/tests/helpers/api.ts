import type { Core } from '@strapi/strapi';

/** A full-access API token bound to no department: it reads everything and writes no disclosure item. */
export async function createFullAccessToken(strapi: Core.Strapi, name = 'integration-test'): Promise<string> {
  return (await createToken(strapi, name)).accessKey;
}

async function createToken(strapi: Core.Strapi, name: string): Promise<{ id: number; accessKey: string }> {
  const token = await strapi.service('admin::api-token').create({
    name: `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    type: 'full-access',
    lifespan: null,
    description: 'integration test',
  });
  return { id: token.id as number, accessKey: token.accessKey as string };
}

/**
 * A full-access API token bound to one department, as a machine producer of that department holds
 * (the super admin binds it under 部门成员 / API-token bindings): it drafts that department's items.
 */
export async function createDepartmentToken(
  strapi: Core.Strapi,
  department: string,
  roles: string[] = ['editor'],
): Promise<string> {
  const token = await createToken(strapi, `dept-${department}`);
  await strapi.db.connection('dh_api_token_bindings').insert({
    token_id: token.id,
    department,
    roles: JSON.stringify(roles),
    updated_by: 'test',
    updated_at: new Date(),
  });
  return token.accessKey;
}

export async function adminLogin(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`admin login failed for ${email}: ${response.status}`);
  return body.data.token;
}

export interface JsonResponse<T = any> {
  status: number;
  body: T;
}

export async function request<T = any>(
  url: string,
  { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {},
): Promise<JsonResponse<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text; // plain-text answers such as "Method Not Allowed"
  }
  return { status: response.status, body: parsed as T };
}

export async function graphql<T = any>(
  url: string,
  { query, variables, token }: { query: string; variables?: Record<string, unknown>; token?: string },
): Promise<JsonResponse<{ data?: T; errors?: { message: string; extensions?: Record<string, any> }[] }>> {
  return request(`${url}/graphql`, { method: 'POST', token, body: { query, variables } });
}

/** The codes of every field error in a Strapi error response (REST or GraphQL). */
export function errorCodes(error: any): string[] {
  const details = error?.details ?? error?.extensions?.error?.details;
  return (details?.errors ?? []).map((e: { code?: string }) => e.code).sort();
}
