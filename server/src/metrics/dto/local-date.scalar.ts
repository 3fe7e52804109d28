import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isLocalDate } from '@cxlens/shared';

function parse(value: unknown): string {
  if (!isLocalDate(value)) {
    throw new GraphQLError(`LocalDate must be an ISO calendar date like 2026-03-08, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date with no time zone: a site-local day. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: "A calendar date, ISO 8601 (2026-03-08), read in each site's own time zone.",
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
