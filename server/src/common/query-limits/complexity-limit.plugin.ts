import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Cost of an operation: each field 1, unless it declares its own (`complexity` on the resolver,
 * e.g. 50 for an analytics query, plus its selections). Aliases count every time, so 40 aliased
 * `metrics` queries cost over 2000.
 */
export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Rejects an operation costing more than `maxComplexity` after it is parsed and validated, before it runs. */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = queryComplexity(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query is too complex: ${complexity} points, the limit is ${maxComplexity}`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, complexity, maxComplexity },
            });
          }
        },
      };
    },
  };
}
