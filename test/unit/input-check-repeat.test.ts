// A parsed operation's argument fields are found once and kept (Apollo reuses the parsed document of a repeated
// query); the verdict is not: each request's variables are checked afresh.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOperationArguments } from '../../src/graphql/input-check.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const document = parse(
  'query Find($text: NonEmptyString!) { ...Hits } fragment Hits on Query { search(text: $text, first: 5) { score } }',
);
const operation = document.definitions[0] as OperationDefinitionNode;
const check = (text: string) => () => {
  checkOperationArguments(schema, document, operation, { text });
};

describe('argument checks of a repeated operation', () => {
  it('checks each request’s own variables, in fragments too', () => {
    expect(check('Shoigu')).not.toThrow();
    expect(check('x'.repeat(100_000))).toThrow(/search/);
    expect(check('Lavrov')).not.toThrow();
    expect(check('y'.repeat(100_000))).toThrow(/search/);
  });
});
