import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

export interface QueryLimits {
  /** Largest estimated cost of one operation. */
  maxCost: number;
  /** Largest `pagination.pageSize` / `pagination.limit` / `pageSize` a query may ask for. */
  maxPageSize: number;
  /** What a list without an explicit page size is assumed to return. */
  defaultPageSize: number;
}

const limitError = (code: string, message: string, details: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });

function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value as ValueNode | undefined;
  return node === undefined ? undefined : valueFromASTUntyped(node, variables);
}

/** The page size a list field asks for: `pagination: { pageSize | limit }` or `pageSize`. */
function requestedPageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const pagination = argumentValue(field, 'pagination', variables) as
    | { pageSize?: unknown; limit?: unknown }
    | undefined;
  const size = pagination?.pageSize ?? pagination?.limit ?? argumentValue(field, 'pageSize', variables);
  return typeof size === 'number' ? size : undefined;
}

/**
 * Estimates an operation's cost: every field costs 1, and a list field multiplies what it selects
 * by its page size (asked for, or the default). Throws `PAGE_SIZE_TOO_LARGE` for a page above the
 * limit. Fragments are expanded; unknown fields are left to GraphQL validation.
 */
export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): number {
  const cost = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(selection.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        total += on ? cost(fragment.selectionSet, on, new Set([...seen, selection.name.value])) : 0;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined)
          : parent;
        total += on ? cost(selection.selectionSet, on, seen) : 0;
      } else {
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const definition = fields[selection.name.value];
        total += 1;
        if (!definition || !selection.selectionSet) continue;
        const pageSize = requestedPageSize(selection, variables);
        if (pageSize !== undefined && pageSize > limits.maxPageSize)
          throw limitError(
            'PAGE_SIZE_TOO_LARGE',
            `每页最多 ${limits.maxPageSize} 条 / at most ${limits.maxPageSize} items per page (asked ${pageSize} in ${selection.name.value})`,
            { field: selection.name.value, pageSize, maxPageSize: limits.maxPageSize },
          );
        const isList = isListType(getNullableType(definition.type));
        const multiplier = isList ? (pageSize ?? limits.defaultPageSize) : 1;
        const child = getNamedType(definition.type) as GraphQLCompositeType;
        total += multiplier * cost(selection.selectionSet, child, seen);
      }
    }
    return total;
  };
  return cost(selectionSet, rootType, new Set());
}

/**
 * An Apollo Server plugin enforcing {@link QueryLimits} before anything is resolved, with clear,
 * coded errors: `QUERY_TOO_COSTLY` (with the estimate and the limit) and `PAGE_SIZE_TOO_LARGE`.
 * Depth is limited by Strapi's own `depthLimit`.
 */
export function queryLimitsPlugin(limits: QueryLimits) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context: {
          schema: GraphQLSchema;
          document: { definitions: readonly { kind: string }[] };
          operation: { operation: string; selectionSet: SelectionSetNode };
          request: { variables?: Record<string, unknown> };
        }) {
          const { schema, document, operation, request } = context;
          const root =
            operation.operation === 'mutation'
              ? schema.getMutationType()
              : operation.operation === 'subscription'
                ? schema.getSubscriptionType()
                : schema.getQueryType();
          if (!root) return;
          const fragments = Object.fromEntries(
            (document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION) as FragmentDefinitionNode[]).map(
              (f) => [f.name.value, f],
            ),
          );
          const cost = operationCost(schema, operation.selectionSet, root, fragments, request.variables ?? {}, limits);
          if (cost > limits.maxCost)
            throw limitError(
              'QUERY_TOO_COSTLY',
              `查询过于复杂（估算 ${cost}，上限 ${limits.maxCost}），请减少字段或每页条数 / query too costly (estimated ${cost}, limit ${limits.maxCost}): select fewer fields or smaller pages`,
              { cost, maxCost: limits.maxCost },
            );
        },
      };
    },
  };
}
