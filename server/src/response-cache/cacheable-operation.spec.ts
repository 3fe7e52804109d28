import { parse, type OperationDefinitionNode } from 'graphql';
import { accessKey, isCacheableQuery, operationKey } from './cacheable-operation';

function cacheable(source: string, operationName?: string): boolean {
  const document = parse(source);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName)! : operations[0];
  return isCacheableQuery(operation, document);
}

describe('isCacheableQuery', () => {
  it('accepts queries made only of analytics and reference lists, through fragments and inline fragments', () => {
    expect(cacheable(`{ summary(filter: {}) { tiles { measure } } sites { id } __typename }`)).toBe(true);
    expect(cacheable(`query Q { ...Dash } fragment Dash on Query { metrics(measures: [CSAT]) { rows { n } } ... on Query { programs { id } } }`)).toBe(true);
  });

  it('refuses anything about the caller, accounts, tokens, audit or imports, even beside analytics', () => {
    expect(cacheable(`{ me { email } }`)).toBe(false);
    expect(cacheable(`{ summary(filter: {}) { tiles { measure } } apiTokens { id } }`)).toBe(false);
    expect(cacheable(`query { ...F } fragment F on Query { importJobs { id } }`)).toBe(false);
    expect(cacheable(`{ auditLog { at } }`)).toBe(false);
  });

  it('never caches mutations, and judges the operation actually chosen', () => {
    expect(cacheable(`mutation { updateMetricSettings(input: {}) { settings { minSample } } }`)).toBe(false);
    const two = `query A { sites { id } } query B { users { id } }`;
    expect(cacheable(two, 'A')).toBe(true);
    expect(cacheable(two, 'B')).toBe(false);
  });

  it('refuses a spread of an unknown fragment rather than guessing', () => {
    const document = parse(`query { ...Missing }`, { noLocation: true });
    expect(isCacheableQuery(document.definitions[0] as OperationDefinitionNode, document)).toBe(false);
  });
});

describe('cache keys', () => {
  it('separate organisations, roles and site scopes, and share one key for the same access', () => {
    const director = { orgId: '1', role: 'DIRECTOR' as const, siteIds: '*' as const };
    expect(accessKey(director)).toBe(accessKey({ ...director }));
    expect(accessKey(director)).not.toBe(accessKey({ ...director, orgId: '2' }));
    expect(accessKey(director)).not.toBe(accessKey({ ...director, role: 'ANALYST' }));
    expect(accessKey({ orgId: '1', role: 'SITE_MANAGER', siteIds: ['3', '12'] })).toBe(accessKey({ orgId: '1', role: 'SITE_MANAGER', siteIds: ['12', '3'] }));
    expect(accessKey({ orgId: '1', role: 'SITE_MANAGER', siteIds: ['3'] })).not.toBe(accessKey({ orgId: '1', role: 'SITE_MANAGER', siteIds: ['3', '12'] }));
  });

  it('ignore the order of variables but not their values, and tell operations of one document apart', () => {
    const k = (name: string | null, vars: Record<string, unknown>) => operationKey('hash', name, vars);
    expect(k('Q', { a: 1, b: { y: [1, 2], x: 'z' } })).toBe(k('Q', { b: { x: 'z', y: [1, 2] }, a: 1 }));
    expect(k('Q', { a: 1 })).not.toBe(k('Q', { a: 2 }));
    expect(k('Q', { a: [1, 2] })).not.toBe(k('Q', { a: [2, 1] }));
    expect(k('Q', {})).not.toBe(k('R', {}));
    expect(k(null, { a: undefined })).toBe(k(null, {}));
    expect(operationKey('hash-1', null, {})).not.toBe(operationKey('hash-2', null, {}));
  });
});
