import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule } from './depth-limit.rule';
import { queryComplexity } from './complexity-limit.plugin';

const cyclic = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, child: Node, children: [Node] }
`);

function nested(levels: number): string {
  return `{ node ${'{ child '.repeat(levels - 2)}{ id }${' }'.repeat(levels - 2)} }`;
}

const errorsOf = (schema: GraphQLSchema, query: string) =>
  validate(schema, parse(query), [...specifiedRules, depthLimitRule(12)]).map((e) => e.message);

describe('depthLimitRule', () => {
  it('counts field levels, leaves included', () => {
    expect(errorsOf(cyclic, nested(12))).toEqual([]);
    expect(errorsOf(cyclic, nested(13))).toEqual(['Query is too deep: 13 levels, the limit is 12']);
  });

  it('follows fragments and inline fragments, and survives fragment cycles', () => {
    const viaFragments = `{ node { ...A } } fragment A on Node { child { ... on Node { child { ...B } } } } fragment B on Node { ${'child { '.repeat(10)}id${' }'.repeat(10)} }`;
    expect(errorsOf(cyclic, viaFragments)).toContain('Query is too deep: 14 levels, the limit is 12');
    const cycle = `{ node { ...A } } fragment A on Node { child { ...A } }`;
    expect(errorsOf(cyclic, cycle)).toEqual(['Cannot spread fragment "A" within itself.']);
  });

  it("lets GraphiQL's introspection query through but not a deep introspection walk", () => {
    const introspection = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, oneOf: true });
    expect(errorsOf(cyclic, introspection)).toEqual([]);
    const walk = `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`;
    // graphql-js adds its own MaxIntrospectionDepthRule message beside ours
    expect(errorsOf(cyclic, walk)).toContain('Query is too deep: 15 levels, the limit is 12');
  });
});

describe('queryComplexity', () => {
  const Item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLInt } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        heavy: { type: Item, extensions: { complexity: 50 } },
        items: { type: new GraphQLList(Item) },
      },
    }),
  });

  it('charges declared costs (plus their selections) per alias and 1 per other field', () => {
    expect(queryComplexity(schema, parse('{ items { id } }'))).toBe(2);
    expect(queryComplexity(schema, parse('{ a: heavy { id } b: heavy { id } }'))).toBe(2 * (50 + 1));
  });
});
