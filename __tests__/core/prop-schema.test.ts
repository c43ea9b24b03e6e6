// The prop schema is generated from the declared types of src/ (scripts/prop-schema.js): the committed
// copy must be what the generator writes today, and every class it names must be found and branded.
import * as fs from 'fs';
import * as root from '../../src';
import { PROP_SCHEMA } from '../../src/core/private/prop-schema.generated';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/prop-schema.js');

describe('the prop schema', () => {
  test('is up to date with the sources (run `npm run schema` when this fails)', () => {
    expect(fs.readFileSync(generator.OUT, 'utf8')).toBe(generator.generate());
  }, 60_000);

  test('names classes the library exports, each branded on its own prototype', () => {
    const missing: string[] = [];
    for (const [name, entry] of Object.entries(PROP_SCHEMA.classes)) {
      const cls = entry.path.split('.').reduce<any>((o, key) => o?.[key], root);
      if (typeof cls !== 'function' || !Object.prototype.hasOwnProperty.call(cls.prototype, Symbol.for(`cdktf-stepfunctions.${name}`))) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  test('has the props struct of every construct, and the kinds the issue listed', () => {
    expect(PROP_SCHEMA.classes.LambdaInvoke.props).toBe('LambdaInvokeProps');
    expect(PROP_SCHEMA.classes.StateMachine.props).toBe('StateMachineProps');
    expect(PROP_SCHEMA.structs.LambdaInvokeOptions.members).toMatchObject({ lambdaFunction: '!LambdaFunctionRef', payload: 'TaskInput' });
    expect(PROP_SCHEMA.structs.TaskStateBaseOptions.members).toMatchObject({ taskTimeout: 'Timeout', integrationPattern: 'IntegrationPattern' });
    expect(PROP_SCHEMA.structs.SnsTopicRef.members).toMatchObject({ arn: '!string', fifoTopicInput: 'boolean|token' });
    expect(PROP_SCHEMA.structs.DynamoGetItemOptions.members).toMatchObject({ key: '!{DynamoAttributeValue}', projectionExpression: 'DynamoProjectionExpression[]' });
    expect(PROP_SCHEMA.enums.QueryLanguage).toEqual({ JSON_PATH: 'JSONPath', JSONATA: 'JSONata' });
  });
});
