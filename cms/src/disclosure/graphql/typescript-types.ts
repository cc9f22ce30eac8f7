import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/** How each scalar of the Strapi schema reaches a front end over JSON. */
const scalars: Record<string, string> = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  DateTime: 'string',
  Date: 'string',
  Time: 'string',
  Long: 'number',
  JSON: 'unknown',
  Upload: 'never',
};

function typeRef(type: GraphQLType): string {
  if (isNonNullType(type)) return typeRef(type.ofType).replace(/ \| null$/, '');
  if (isListType(type)) return `Array<${typeRef(type.ofType)}> | null`;
  const name = type.name;
  return `${isScalarType(type) ? (scalars[name] ?? 'unknown') : name} | null`;
}

const doc = (description: string | null | undefined, indent = '') =>
  description ? `${indent}/** ${description.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '';

/**
 * TypeScript declarations for every object, input, enum and union type of the schema, for front
 * ends that read the API (`frontends/graphql-types`). Deterministic: types sorted by name.
 */
export function typescriptTypes(schema: GraphQLSchema): string {
  const out = ['// Generated from the Disclosure Hub GraphQL schema by `npm run graphql:types`. Do not edit.', ''];
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (isEnumType(type)) {
      out.push(
        `${doc(type.description)}export type ${type.name} = ${type
          .getValues()
          .map((v) => JSON.stringify(v.value))
          .join(' | ')};`,
        '',
      );
    } else if (isUnionType(type)) {
      out.push(
        `${doc(type.description)}export type ${type.name} = ${type
          .getTypes()
          .map((t) => t.name)
          .join(' | ')};`,
        '',
      );
    } else if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      out.push(`${doc(type.description)}export interface ${type.name} {`);
      for (const field of Object.values(type.getFields())) {
        const optional = isInputObjectType(type) && !isNonNullType(field.type) ? '?' : '';
        out.push(`${doc(field.description, '  ')}  ${field.name}${optional}: ${typeRef(field.type)};`);
      }
      out.push('}', '');
    }
  }
  return out.join('\n');
}
