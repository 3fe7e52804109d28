export * from './complexity-limit.plugin';
export * from './depth-limit.rule';

/** Deepest field nesting allowed (introspection's `ofType` chains excluded). */
export const MAX_QUERY_DEPTH = 12;
/** Budget per operation: plain fields cost 1, analytics queries 50. */
export const MAX_QUERY_COMPLEXITY = 1000;
