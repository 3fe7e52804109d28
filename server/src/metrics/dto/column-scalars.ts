import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * The lists of a metrics answer by column, as scalars. Typed as [Float], a column is completed
 * item by item by graphql-js (a path object, a try and a serialize call per value): for the
 * site × channel × week cube over two years, 1.8 million items and about 300 ms of the answer's
 * time. As a scalar it is checked in one loop and sent as the same JSON array; documents that
 * select these fields do not change.
 */
function columnScalar(name: string, items: string, item: string, isItem: (value: unknown) => boolean): GraphQLScalarType {
  const outputOnly = () => {
    throw new GraphQLError(`${name} is an output type; it cannot be an argument`, { extensions: { code: 'BAD_USER_INPUT' } });
  };
  return new GraphQLScalarType({
    name,
    description: `A column of an answer: one JSON array of ${items}, item i belonging to row i; null where a row has none.`,
    serialize(value) {
      if (!Array.isArray(value)) throw new GraphQLError(`${name} cannot represent a non-list value: ${String(value)}`);
      for (let i = 0; i < value.length; i++) {
        if (value[i] !== null && !isItem(value[i])) throw new GraphQLError(`${name} cannot represent item ${i}: ${String(value[i])} is not ${item}`);
      }
      return value;
    },
    parseValue: outputOnly,
    parseLiteral: outputOnly,
  });
}

// The engine writes a missing number as NaN (numberOrNull in shared), which JSON writes as null.
export const FloatColumnScalar = columnScalar('FloatColumn', 'finite numbers', 'a finite number', (value) => typeof value === 'number' && (Number.isFinite(value) || Number.isNaN(value)));
export const IntColumnScalar = columnScalar('IntColumn', 'integers', 'an integer', (value) => Number.isInteger(value));
export const BooleanColumnScalar = columnScalar('BooleanColumn', 'booleans', 'a boolean', (value) => typeof value === 'boolean');
