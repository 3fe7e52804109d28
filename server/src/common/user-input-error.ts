import { GraphQLError } from 'graphql';

/** A client mistake: reported to the caller with the field and the rule, never as a server error. */
export function userInputError(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}
