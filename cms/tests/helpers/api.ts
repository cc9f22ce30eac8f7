import type { Core } from '@strapi/strapi';

/** A full-access API token, as a machine producer or a script would hold. */
export async function createFullAccessToken(strapi: Core.Strapi, name = 'integration-test'): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    type: 'full-access',
    lifespan: null,
    description: 'integration test',
  });
  return token.accessKey as string;
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
