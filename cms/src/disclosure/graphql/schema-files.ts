import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { typescriptTypes } from './typescript-types';

/**
 * The files of `frontends/graphql-types`, from the schema a running CMS serves at `url` (read by
 * introspection, so exactly what clients see): `schema.graphql` and `index.d.ts`.
 */
export async function schemaFiles(url: string): Promise<Record<'schema.graphql' | 'index.d.ts', string>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
  });
  const result = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!result.data) throw new Error(`introspection failed: ${response.status} ${JSON.stringify(result.errors)}`);
  const schema = lexicographicSortSchema(buildClientSchema(result.data));
  return { 'schema.graphql': `${printSchema(schema)}\n`, 'index.d.ts': typescriptTypes(schema) };
}
