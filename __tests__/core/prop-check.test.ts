// The shared prop checker (src/core/private/prop-check.ts), as a caller without a type checker meets it:
// props are built as `any` here, as plain JavaScript and the jsii languages pass them.
import { DataAwsLambdaFunction } from '@cdktf/provider-aws/lib/data-aws-lambda-function';
import { LambdaAlias } from '@cdktf/provider-aws/lib/lambda-alias';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { TerraformVariable, Token, type TerraformStack } from 'cdktf';
import { Duration, sfn, tasks } from '../../src';
import { checkStruct } from '../../src/core/private/prop-check';
import { newStack, renderState } from '../util/synth';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:f';

describe('the prop checker', () => {
  let stack: TerraformStack;
  let fn: LambdaFunction;
  const invoke = (id: string, props: any) => new tasks.LambdaInvoke(stack, id, props);
  beforeEach(() => {
    stack = newStack();
    fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r', handler: 'h', runtime: 'nodejs20.x' });
  });

  describe('rejects, naming the construct, the prop, the value and the type', () => {
    test.each<[string, () => any, RegExp]>([
      ['a number as taskTimeout', () => ({ lambdaFunction: fn, taskTimeout: 30 }),
        /^test\/T: 'taskTimeout' must be a Timeout \(Timeout\.duration\(\.\.\.\), Timeout\.jsonata\(\.\.\.\), Timeout\.at\(\.\.\.\)\), got the number 30$/],
      ['a Duration as taskTimeout', () => ({ lambdaFunction: fn, taskTimeout: Duration.seconds(30) }), /'taskTimeout' must be a Timeout .*, got a Duration$/],
      ['a plain object as payload', () => ({ lambdaFunction: fn, payload: { a: 1 } }),
        /^test\/T: 'payload' must be a TaskInput \(TaskInput\.fromText\(\.\.\.\), .*\), got an object \{"a":1\}$/],
      ['{ functionArn } as lambdaFunction', () => ({ lambdaFunction: { functionArn: ARN } }),
        /^test\/T: 'lambdaFunction' must be a LambdaFunctionRef \(\{ arn, \.\.\. \}\), but it has no 'arn': got an object \{"functionArn":"arn:aws:lambda:/],
      ['a number as the ARN of a literal struct', () => ({ lambdaFunction: { arn: 5 } }), /^test\/T: 'lambdaFunction\.arn' must be a string, got the number 5$/],
      ['a string as lambdaFunction', () => ({ lambdaFunction: ARN }), /'lambdaFunction' must be a LambdaFunctionRef \(\{ arn, \.\.\. \}\), got the string "arn:aws:lambda/],
      ['a value outside the enum', () => ({ lambdaFunction: fn, integrationPattern: 'RUN' }),
        /'integrationPattern' must be an IntegrationPattern \(IntegrationPattern\.REQUEST_RESPONSE, IntegrationPattern\.RUN_JOB, IntegrationPattern\.WAIT_FOR_TASK_TOKEN\), got the string "RUN"/],
      ['a string as a boolean', () => ({ lambdaFunction: fn, retryOnServiceExceptions: 'false' }), /'retryOnServiceExceptions' must be a boolean, got the string "false"/],
      ['a string in a nested struct', () => ({ lambdaFunction: fn, credentials: { role: 'arn:aws:iam::1:role/r' } }), /'credentials\.role' must be a TaskRole \(TaskRole\.fromRole\(\.\.\.\), TaskRole\.fromRoleArnJsonPath\(\.\.\.\)\), got the string/],
      ['a string as a map', () => ({ lambdaFunction: fn, resultSelector: '$.x' }), /'resultSelector' must be an object, got the string "\$\.x"/],
      ['the class instead of an instance', () => ({ lambdaFunction: fn, payload: sfn.TaskInput }), /'payload' must be a TaskInput .*, got a function \(TaskInput\); pass an instance/],
    ])('%s', (_name, props, message) => {
      expect(() => invoke('T', props())).toThrow(message);
    });

    test('missing required props, each named with its type', () => {
      expect(() => invoke('T', {})).toThrow(/^test\/T: missing required prop 'lambdaFunction' \(a LambdaFunctionRef \(\{ arn, \.\.\. \}\)\)$/);
      expect(() => new (tasks.LambdaInvoke as any)(stack, 'U')).toThrow(/^test\/U: missing required prop 'lambdaFunction'/);
      expect(() => new (tasks.DynamoGetItem as any)(stack, 'G', {})).toThrow(/^test\/G: missing required props 'table' \(a DynamoTableRef \(\{ name, arn \}\)\) and 'key' \(an object \(each value a DynamoAttributeValue/);
      expect(() => new (sfn.Wait as any)(stack, 'W', {})).toThrow(/^test\/W: missing required prop 'time' \(a WaitTime \(WaitTime\.duration/);
      // definitionBody is optional beside the deprecated definition: the state machine asks for one of them
      expect(() => new (sfn.StateMachine as any)(stack, 'SM', {})).toThrow(/^test\/SM: a state machine needs a definition: set 'definitionBody'/);
    });

    test('props that are not an object', () => {
      expect(() => invoke('T', 'fn')).toThrow(/^test\/T: props must be a LambdaInvokeProps \(\{ lambdaFunction, \.\.\. \}\), got the string "fn"$/);
    });

    test('a chain as definitionBody', () => {
      const chain = sfn.Chain.start(new sfn.Pass(stack, 'P'));
      expect(() => new (sfn.StateMachine as any)(stack, 'SM', { definitionBody: chain }))
        .toThrow(/^test\/SM: 'definitionBody' must be a DefinitionBody \(DefinitionBody\.fromChainable\(\.\.\.\), DefinitionBody\.fromString\(\.\.\.\), DefinitionBody\.fromFile\(\.\.\.\)\), got a Chain$/);
    });

    test('states, the state machine and activities are all checked', () => {
      expect(() => new (sfn.Pass as any)(stack, 'P', { comment: 5 })).toThrow(/^test\/P: 'comment' must be a string, got the number 5$/);
      expect(() => new (sfn.Wait as any)(stack, 'W', { time: Duration.seconds(5) })).toThrow(/^test\/W: 'time' must be a WaitTime \(WaitTime\.duration\(\.\.\.\), .*\), got a Duration$/);
      expect(() => new (sfn.Activity as any)(stack, 'A', { activityName: 3 })).toThrow(/^test\/A: 'activityName' must be a string, got the number 3$/);
      const body = sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Q'));
      expect(() => new (sfn.StateMachine as any)(stack, 'SM', { definitionBody: body, logs: { destination: { name: 'lg' } } }))
        .toThrow(/^test\/SM: 'logs\.destination' must be a LogGroupRef \(\{ arn \}\), but it has no 'arn': got an object \{"name":"lg"\}$/);
    });

    test('items of arrays and values of maps, by their place', () => {
      expect(() => new (tasks.DynamoGetItem as any)(stack, 'G', { table: { name: 't', arn: 'a' }, key: { id: 'x' } }))
        .toThrow(/^test\/G: 'key\.id' must be a DynamoAttributeValue \(DynamoAttributeValue\.fromString\(\.\.\.\), .*, \.\.\.\), got the string "x"$/);
      expect(() => new (sfn.Parallel as any)(stack, 'P').addRetry({ errors: ['E', 3] })).toThrow(/^test\/P: addRetry 'errors\[1\]' must be a string, got the number 3$/);
      expect(() => new (tasks.SnsPublish as any)(stack, 'S', { topic: { arn: 'a' }, message: sfn.TaskInput.fromText('m'), messageAttributes: { 'my-attr': { value: 'v', dataType: 'text' } } }))
        .toThrow(/'messageAttributes\["my-attr"\]\.dataType' must be a MessageAttributeDataType/);
    });

    test('the props of methods (addRetry, addCatch)', () => {
      const pass = new sfn.Parallel(stack, 'P');
      expect(() => pass.addRetry({ interval: 2 } as any)).toThrow(/^test\/P: addRetry 'interval' must be a Duration \(Duration\.millis\(\.\.\.\), .*\), got the number 2$/);
      expect(() => pass.addCatch(new sfn.Pass(stack, 'H'), { errors: 'States.ALL' } as any)).toThrow(/^test\/P: addCatch 'errors' must be an array \(each item a string\), got the string "States\.ALL"$/);
    });

    test('a union (boolean or a Terraform token)', () => {
      expect(() => new (tasks.SnsPublish as any)(stack, 'S', { topic: { arn: 'a', fifoTopicInput: 'yes' }, message: sfn.TaskInput.fromText('m') }))
        .toThrow(/'topic\.fifoTopicInput' must be a boolean or a Terraform token \(IResolvable\), got the string "yes"/);
    });

    test('a behavioural interface by its members', () => {
      expect(() => new (sfn.DistributedMap as any)(stack, 'D', { itemReader: { bucket: { bucket: 'b', arn: 'a' } } }))
        .toThrow(/'itemReader' must be an IItemReader \(an object with render, providePolicyStatements\), but it has no 'render'/);
    });
  });

  describe('accepts', () => {
    test('provider resources and data sources for reference structs, by the attributes they have', () => {
      const alias = new LambdaAlias(stack, 'Alias', { name: 'live', functionName: fn.functionName, functionVersion: '1' });
      const data = new DataAwsLambdaFunction(stack, 'Data', { functionName: 'g' });
      for (const [i, lambdaFunction] of [fn, alias, data].entries()) expect(() => invoke(`T${i}`, { lambdaFunction })).not.toThrow();
      const topic = new SnsTopic(stack, 'Topic', { name: 't' });
      expect(() => new tasks.SnsPublish(stack, 'S', { topic, message: sfn.TaskInput.fromText('m') })).not.toThrow();
    });

    test('our own StateMachine for a StateMachineRef', () => {
      const child = new sfn.StateMachine(stack, 'Child', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P')) });
      expect(() => new tasks.StepFunctionsStartExecution(stack, 'Start', { stateMachine: child })).not.toThrow();
    });

    test('tokens where their encoded kind fits', () => {
      const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
      const s = new TerraformVariable(stack, 's', { type: 'string' }).stringValue;
      const list = new TerraformVariable(stack, 'l', { type: 'list(string)' }).listValue;
      const task = invoke('T', {
        lambdaFunction: { arn: s },
        comment: sfn.JsonPath.stringAt('$.c'),
        clientContext: s,
        invocationType: sfn.JsonPath.stringAt('$.type'),
        retryOnServiceExceptions: false,
      });
      task.addRetry({ maxAttempts: n, errors: list, interval: Duration.seconds(n) });
      task.addRetry({ maxAttempts: sfn.JsonPath.numberAt('$.n'), errors: sfn.JsonPath.listAt('$.e') });
      expect(renderState(task).Parameters['InvocationType.$']).toBe('$.type');
      const topic = { arn: 'arn:aws:sns:us-east-1:123456789012:t', fifoTopicInput: Token.asAny(false) as any };
      expect(() => new tasks.SnsPublish(stack, 'S', { topic, message: sfn.TaskInput.fromText('m') })).not.toThrow();
    });

    test('any value where the type is any, and null or undefined for optional props', () => {
      expect(() => new (sfn.Pass as any)(stack, 'P', { outputs: 42, comment: null, stateName: undefined })).not.toThrow();
      expect(() => new (tasks.SnsPublish as any)(stack, 'S', { topic: { arn: 'a' }, message: sfn.TaskInput.fromText('m'), messageAttributes: { a: { value: 3 } } })).not.toThrow();
    });

    test('an instance of another copy of the library, by its brand', () => {
      // A copy's classes are not ours, but carry the same global brand symbols.
      const foreign = Object.create({ [Symbol.for('cdktf-stepfunctions.TaskInput')]: true, constructor: function TaskInput() {} });
      Object.assign(foreign, { type: 2, value: { a: 1 } });
      expect(() => invoke('T', { lambdaFunction: fn, payload: foreign })).not.toThrow();
    });
  });

  test('a user subclass that shares a name with one of ours is checked against the props of our class it extends', () => {
    class LambdaInvoke extends sfn.Pass {
      constructor(scope: TerraformStack, id: string, props: { lambdaFunction: string }) {
        super(scope, id, { comment: props.lambdaFunction });
      }
    }
    expect(() => new LambdaInvoke(stack, 'Mine', { lambdaFunction: 'x' })).not.toThrow();
  });

  test('checkStruct names the method when props are missing', () => {
    expect(() => checkStruct('WaitProps', {}, undefined, 'Wait')).toThrow(/^Wait: missing required prop 'time' \(a WaitTime /);
  });
});
