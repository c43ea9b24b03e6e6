// The query language check the state machine runs once it knows each state's effective language: every
// state type, every family of language-bound fields, in both directions, refused where the language is
// wrong and accepted (and valid ASL) where it is right.
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import type { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { newStack, synthMachine } from '../util/synth';

const { JsonPath, TaskInput, Timeout, QueryLanguage, Condition, WaitTime, Result, ProvideItems } = sfn;
const JSONATA = QueryLanguage.JSONATA;
const JSON_PATH = QueryLanguage.JSON_PATH;

interface Scope {
  readonly stack: TerraformStack;
  readonly fn: LambdaFunction;
}

type Make = (s: Scope) => sfn.IChainable;

function scope(): Scope {
  const stack = newStack();
  return { stack, fn: new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' }) };
}

function machine(s: Scope, chain: sfn.IChainable, language?: sfn.QueryLanguage): sfn.StateMachine {
  return new sfn.StateMachine(s.stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain), queryLanguage: language });
}

const invoke = (s: Scope, props: Partial<tasks.LambdaInvokeProps> = {}) =>
  new tasks.LambdaInvoke(s.stack, 'S', { lambdaFunction: s.fn, retryOnServiceExceptions: false, ...props });
const bucket = { bucket: 'items', arn: 'arn:aws:s3:::items' };
const topic = { arn: 'arn:aws:sns:us-east-1:123456789012:t' };
const queue = { url: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', arn: 'arn:aws:sqs:us-east-1:123456789012:q' };
const table = { name: 't', arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/t' };
const child = { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child', name: 'child' };
const activity = { arn: 'arn:aws:states:us-east-1:123456789012:activity:a', name: 'a' };
const processor = (s: Scope) => new sfn.Pass(s.stack, 'Item');
const map = (s: Scope, props: sfn.MapProps) => new sfn.Map(s.stack, 'S', props).itemProcessor(processor(s));
const dmap = (s: Scope, props: sfn.DistributedMapProps) => new sfn.DistributedMap(s.stack, 'S', props).itemProcessor(processor(s));
const parallel = (s: Scope, props: sfn.ParallelProps) => new sfn.Parallel(s.stack, 'S', props).branch(new sfn.Pass(s.stack, 'B'));
const handler = (s: Scope) => new sfn.Pass(s.stack, 'H');

/**
 * [title, field named in the error, state that holds something of `JSONPath`]: refused in a JSONata
 * state machine (where the state inherits JSONata), accepted in a default (JSONPath) one.
 */
const JSONPATH_PIECES: Array<[string, string, Make]> = [
  // the fields every task has
  ['task inputPath', "'inputPath' is JSONPath", (s) => invoke(s, { inputPath: '$.in' })],
  ['task outputPath', "'outputPath' is JSONPath.*use 'outputs'", (s) => invoke(s, { outputPath: '$.Payload' })],
  ['task resultPath', "'resultPath' is JSONPath", (s) => invoke(s, { resultPath: '$.r' })],
  ['task resultPath DISCARD', "'resultPath' is JSONPath", (s) => invoke(s, { resultPath: JsonPath.DISCARD })],
  ['task resultSelector', "'resultSelector' is JSONPath", (s) => invoke(s, { resultSelector: { v: JsonPath.stringAt('$.Payload') } })],
  ['task Timeout.at', "'taskTimeout' is JSONPath.*Timeout.jsonata", (s) => invoke(s, { taskTimeout: Timeout.at('$.timeout') })],
  ['task heartbeat Timeout.at', "'heartbeatTimeout' is JSONPath", (s) => invoke(s, { heartbeatTimeout: Timeout.at('$.hb'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, payload: TaskInput.fromObject({ token: JsonPath.taskToken }) })],
  ['task credentials with a path role', "'credentials' holds the JsonPath reference \"\\$.role\"", (s) => invoke(s, { credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') } })],
  ['task assign', "'assign' holds the JsonPath reference \"\\$.v\" at .v", (s) => invoke(s, { assign: { v: JsonPath.stringAt('$.v') } })],
  ['catch resultPath', "'resultPath' of addCatch\\(H\\) is JSONPath.*'outputs'", (s) => invoke(s).addCatch(handler(s), { resultPath: '$.error' })],
  ['catch assign', "'assign' of addCatch\\(H\\) holds the JsonPath reference", (s) => invoke(s).addCatch(handler(s), { assign: { e: JsonPath.stringAt('$.Error') } })],
  ['CustomState catch resultPath', "'resultPath' of addCatch\\(H\\) is JSONPath", (s) => new sfn.CustomState(s.stack, 'S', { stateJson: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f' } }).addCatch(handler(s), { resultPath: '$.e' })],
  // JsonPath tokens in a task's own fields
  ['TaskInput.fromJsonPathAt', "'payload' holds the JsonPath reference \"\\$.x\".*'\\{% \\$states.input.x %\\}'", (s) => invoke(s, { payload: TaskInput.fromJsonPathAt('$.x') })],
  ['context path in an object', "'payload' holds the JsonPath reference \"\\$\\$.Execution.Id\" at .a.b.*'\\{% \\$states.context.Execution.Id %\\}'", (s) => invoke(s, { payload: TaskInput.fromObject({ a: { b: JsonPath.executionId } }) })],
  ['intrinsic function', "'payload' holds the JsonPath reference \"States.Format\\('hi \\{\\}', \\$.n\\)\" at .m.*a JSONata expression", (s) => invoke(s, { payload: TaskInput.fromObject({ m: JsonPath.format('hi {}', JsonPath.stringAt('$.n')) }) })],
  ['number token', "'payload' holds the JsonPath reference \"\\$.n\" at .n", (s) => invoke(s, { payload: TaskInput.fromObject({ n: JsonPath.numberAt('$.n') }) })],
  ['list token', "'payload' holds the JsonPath reference \"\\$.l\" at .l", (s) => invoke(s, { payload: TaskInput.fromObject({ l: JsonPath.listAt('$.l') }) })],
  ['token in an array', "'payload' holds the JsonPath reference \"\\$.x\" at .xs\\[1\\].v", (s) => invoke(s, { payload: TaskInput.fromObject({ xs: [1, { v: JsonPath.stringAt('$.x') }] }) })],
  ['SnsPublish message', "'message' holds the JsonPath reference", (s) => new tasks.SnsPublish(s.stack, 'S', { topic, message: TaskInput.fromJsonPathAt('$.m') })],
  ['SnsPublish message attribute', "'messageAttributes' holds the JsonPath reference \"\\$.a\" at .a.value", (s) => new tasks.SnsPublish(s.stack, 'S', { topic, message: TaskInput.fromText('hi'), messageAttributes: { a: { value: JsonPath.stringAt('$.a') } } })],
  ['SqsSendMessage body', "'messageBody' holds the JsonPath reference \"\\$.x\" at .x", (s) => new tasks.SqsSendMessage(s.stack, 'S', { queue, messageBody: TaskInput.fromObject({ x: JsonPath.stringAt('$.x') }) })],
  ['DynamoGetItem key', "'key' holds the JsonPath reference \"\\$.id\"", (s) => new tasks.DynamoGetItem(s.stack, 'S', { table, key: { pk: tasks.DynamoAttributeValue.fromString(JsonPath.stringAt('$.id')) } })],
  ['StartExecution input', "'input' holds the JsonPath reference", (s) => new tasks.StepFunctionsStartExecution(s.stack, 'S', { stateMachine: child, input: TaskInput.fromJsonPathAt('$.in') })],
  ['InvokeActivity parameters', "'parameters' is JSONPath.*'arguments'", (s) => new tasks.StepFunctionsInvokeActivity(s.stack, 'S', { activity, parameters: { a: 1 } })],
  // Pass
  ['Pass inputPath', "'inputPath' is JSONPath", (s) => new sfn.Pass(s.stack, 'S', { inputPath: '$.in' })],
  ['Pass outputPath', "'outputPath' is JSONPath", (s) => new sfn.Pass(s.stack, 'S', { outputPath: '$.out' })],
  ['Pass resultPath', "'resultPath' is JSONPath", (s) => new sfn.Pass(s.stack, 'S', { resultPath: '$.r' })],
  ['Pass parameters', "'parameters' is JSONPath", (s) => new sfn.Pass(s.stack, 'S', { parameters: { a: JsonPath.stringAt('$.a') } })],
  ['Pass result', "'result' is JSONPath.*'outputs'", (s) => new sfn.Pass(s.stack, 'S', { result: Result.fromObject({ a: 1 }) })],
  ['Pass assign', "'assign' holds the JsonPath reference", (s) => new sfn.Pass(s.stack, 'S', { assign: { a: JsonPath.stringAt('$.a') } })],
  // Wait
  ['Wait secondsPath', "'time' is JSONPath.*WaitTime.seconds", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.secondsPath('$.s') })],
  ['Wait timestampPath', "'time' is JSONPath", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.timestampPath('$.at') })],
  ['Wait inputPath', "'inputPath' is JSONPath", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.duration(Duration.seconds(1)), inputPath: '$.in' })],
  ['Wait outputPath', "'outputPath' is JSONPath", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.duration(Duration.seconds(1)), outputPath: '$.out' })],
  ['Wait assign', "'assign' holds the JsonPath reference", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.duration(Duration.seconds(1)), assign: { a: JsonPath.stringAt('$.a') } })],
  // Choice
  ['Choice JSONPath condition', "condition of when\\(1\\) is JSONPath.*Condition.jsonata", (s) => new sfn.Choice(s.stack, 'S').when(Condition.stringEquals('$.k', 'a'), handler(s))],
  ['Choice compound condition', "condition of when\\(1\\) is JSONPath", (s) => new sfn.Choice(s.stack, 'S').when(Condition.not(Condition.isPresent('$.k')), handler(s))],
  ['Choice inputPath', "'inputPath' is JSONPath", (s) => new sfn.Choice(s.stack, 'S', { inputPath: '$.in' }).when(Condition.isPresent('$.a'), handler(s))],
  ['Choice outputPath', "'outputPath' is JSONPath", (s) => new sfn.Choice(s.stack, 'S', { outputPath: '$.out' }).when(Condition.isPresent('$.a'), handler(s))],
  // Fail and Succeed
  ['Fail errorPath', "'errorPath' is JSONPath.*'error' as a JSONata expression", (s) => new sfn.Fail(s.stack, 'S', { errorPath: '$.e' })],
  ['Fail causePath', "'causePath' is JSONPath", (s) => new sfn.Fail(s.stack, 'S', { causePath: '$.c' })],
  ['Succeed inputPath', "'inputPath' is JSONPath", (s) => new sfn.Succeed(s.stack, 'S', { inputPath: '$.in' })],
  ['Succeed outputPath', "'outputPath' is JSONPath", (s) => new sfn.Succeed(s.stack, 'S', { outputPath: '$.out' })],
  // Parallel
  ['Parallel inputPath', "'inputPath' is JSONPath", (s) => parallel(s, { inputPath: '$.in' })],
  ['Parallel outputPath', "'outputPath' is JSONPath", (s) => parallel(s, { outputPath: '$.out' })],
  ['Parallel resultPath', "'resultPath' is JSONPath", (s) => parallel(s, { resultPath: '$.r' })],
  ['Parallel resultSelector', "'resultSelector' is JSONPath", (s) => parallel(s, { resultSelector: { a: JsonPath.stringAt('$[0]') } })],
  ['Parallel parameters', "'parameters' is JSONPath", (s) => parallel(s, { parameters: { a: 1 } })],
  ['Parallel assign', "'assign' holds the JsonPath reference", (s) => parallel(s, { assign: { a: JsonPath.stringAt('$[0]') } })],
  ['Parallel catch resultPath', "'resultPath' of addCatch\\(H\\) is JSONPath", (s) => parallel(s, {}).addCatch(handler(s), { resultPath: '$.e' })],
  // Map
  ['Map inputPath', "'inputPath' is JSONPath", (s) => map(s, { inputPath: '$.in' })],
  ['Map outputPath', "'outputPath' is JSONPath", (s) => map(s, { outputPath: '$.out' })],
  ['Map itemsPath', "'itemsPath' is JSONPath.*ProvideItems.jsonata", (s) => map(s, { itemsPath: '$.xs' })],
  ['Map maxConcurrencyPath', "'maxConcurrencyPath' is JSONPath.*'jsonataMaxConcurrency'", (s) => map(s, { maxConcurrencyPath: '$.n' })],
  ['Map parameters', "'parameters' is JSONPath", (s) => map(s, { parameters: { v: JsonPath.stringAt('$$.Map.Item.Value') } })],
  ['Map itemSelector token', "'itemSelector' holds the JsonPath reference \"\\$\\$.Map.Item.Value\" at .v", (s) => map(s, { itemSelector: { v: JsonPath.stringAt('$$.Map.Item.Value') } })],
  ['Map resultSelector', "'resultSelector' is JSONPath", (s) => map(s, { resultSelector: { n: JsonPath.stringAt('$[0]') } })],
  ['Map resultPath', "'resultPath' is JSONPath", (s) => map(s, { resultPath: '$.r' })],
  ['Map catch resultPath', "'resultPath' of addCatch\\(H\\) is JSONPath", (s) => map(s, {}).addCatch(handler(s), { resultPath: '$.e' })],
  // DistributedMap
  ['DistributedMap toleratedFailurePercentagePath', "'toleratedFailurePercentagePath' is JSONPath", (s) => dmap(s, { toleratedFailurePercentagePath: '$.p' })],
  ['DistributedMap toleratedFailureCountPath', "'toleratedFailureCountPath' is JSONPath", (s) => dmap(s, { toleratedFailureCountPath: '$.c' })],
  ['item reader bucketNamePath', "'itemReader' is JSONPath.*'bucketNamePath' written as", (s) => dmap(s, { itemReader: new sfn.S3JsonItemReader({ bucketNamePath: '$.bucket', key: 'k.json' }) })],
  ['item reader key token', "'itemReader' holds the JsonPath reference \"\\$.key\"", (s) => dmap(s, { itemReader: new sfn.S3JsonItemReader({ bucket, key: JsonPath.stringAt('$.key') }) })],
  ['result writer bucketNamePath', "'resultWriterV2' is JSONPath", (s) => dmap(s, { resultWriterV2: new sfn.ResultWriterV2({ bucketNamePath: '$.out' }) })],
  ['item batcher paths', "'itemBatcher' is JSONPath.*'maxItemsPerBatch'", (s) => dmap(s, { itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatchPath: '$.n' }) })],
  ['item batcher batchInput', "'itemBatcher' holds the JsonPath reference \"\\$.r\" at .batchInput.r", (s) => dmap(s, { itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: 2, batchInput: { r: JsonPath.stringAt('$.r') } }) })],
];

/**
 * [title, field named in the error, state that holds something of JSONata, the same in JSONata when it
 * differs]: refused in a default (JSONPath) state machine, accepted in a JSONata one.
 */
const JSONATA_PIECES: Array<[string, string, Make, Make?]> = [
  ['task outputs', "'outputs' is JSONata.*'outputPath', 'resultSelector' or 'resultPath'", (s) => invoke(s, { outputs: '{% $states.result.Payload %}' })],
  ['task Timeout.jsonata', "'taskTimeout' is JSONata.*Timeout.duration", (s) => invoke(s, { taskTimeout: Timeout.jsonata('{% 30 %}') })],
  ['task heartbeat Timeout.jsonata', "'heartbeatTimeout' is JSONata", (s) => invoke(s, { heartbeatTimeout: Timeout.jsonata('{% 10 %}') })],
  ['task assign', "'assign' holds the JSONata expression \"\\{% 1 %\\}\" at .a", (s) => invoke(s, { assign: { a: '{% 1 %}' } })],
  ['catch outputs', "'outputs' of addCatch\\(H\\) is JSONata.*'resultPath'", (s) => invoke(s).addCatch(handler(s), { outputs: '{% $states.errorOutput %}' })],
  ['catch assign', "'assign' of addCatch\\(H\\) holds the JSONata expression", (s) => invoke(s).addCatch(handler(s), { assign: { e: '{% $states.errorOutput %}' } })],
  ['payload text', "'payload' holds the JSONata expression \"\\{% \\$states.input.x %\\}\"", (s) => invoke(s, { payload: TaskInput.fromText('{% $states.input.x %}') })],
  ['payload object', "'payload' holds the JSONata expression \"\\{% \\$states.input.a %\\}\" at .a", (s) => invoke(s, { payload: TaskInput.fromObject({ a: '{% $states.input.a %}' }) })],
  ['SnsPublish subject', "'subject' holds the JSONata expression", (s) => new tasks.SnsPublish(s.stack, 'S', { topic, message: TaskInput.fromText('hi'), subject: '{% $states.input.s %}' })],
  ['SqsSendMessage messageGroupId', "'messageGroupId' holds the JSONata expression", (s) => new tasks.SqsSendMessage(s.stack, 'S', { queue, messageBody: TaskInput.fromText('hi'), messageGroupId: '{% $states.input.g %}' })],
  ['DynamoPutItem item', "'item' holds the JSONata expression", (s) => new tasks.DynamoPutItem(s.stack, 'S', { table, item: { pk: tasks.DynamoAttributeValue.fromString('a'), m: tasks.DynamoAttributeValue.mapFromJsonata('{% $states.input.m %}') } })],
  ['StartExecution name', "'name' holds the JSONata expression", (s) => new tasks.StepFunctionsStartExecution(s.stack, 'S', { stateMachine: child, name: '{% $states.input.n %}' })],
  ['InvokeActivity arguments', "'arguments' is JSONata.*'parameters'", (s) => new tasks.StepFunctionsInvokeActivity(s.stack, 'S', { activity, arguments: { a: '{% 1 %}' } })],
  ['Pass outputs', "'outputs' is JSONata", (s) => new sfn.Pass(s.stack, 'S', { outputs: { a: 1 } })],
  ['Pass assign', "'assign' holds the JSONata expression", (s) => new sfn.Pass(s.stack, 'S', { assign: { a: '{% 1 %}' } })],
  ['Wait seconds', "'time' is JSONata.*WaitTime.secondsPath", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.seconds('{% 5 %}') })],
  ['Wait timestamp', "'time' is JSONata", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.timestamp('{% $states.input.at %}') })],
  ['Wait outputs', "'outputs' is JSONata", (s) => new sfn.Wait(s.stack, 'S', { time: WaitTime.duration(Duration.seconds(1)), outputs: { a: 1 } })],
  ['Choice JSONata condition', 'condition of when\\(1\\) is JSONata.*Condition.stringEquals', (s) => new sfn.Choice(s.stack, 'S').when(Condition.jsonata('{% true %}'), handler(s))],
  ['Choice outputs', "'outputs' is JSONata", (s) => new sfn.Choice(s.stack, 'S', { outputs: { a: 1 } }).when(Condition.isPresent('$.a'), handler(s)),
    (s) => new sfn.Choice(s.stack, 'S', { outputs: { a: 1 } }).when(Condition.jsonata('{% true %}'), handler(s))],
  ['Choice rule outputs', "'outputs' of when\\(1\\) is JSONata", (s) => new sfn.Choice(s.stack, 'S').when(Condition.isPresent('$.a'), handler(s), { outputs: { a: 1 } }),
    (s) => new sfn.Choice(s.stack, 'S').when(Condition.jsonata('{% true %}'), handler(s), { outputs: { a: 1 } })],
  ['Choice rule assign', "'assign' of when\\(1\\) holds the JSONata expression", (s) => new sfn.Choice(s.stack, 'S').when(Condition.isPresent('$.a'), handler(s), { assign: { a: '{% 1 %}' } }),
    (s) => new sfn.Choice(s.stack, 'S').when(Condition.jsonata('{% true %}'), handler(s), { assign: { a: '{% 1 %}' } })],
  ['Fail error', "'error' holds the JSONata expression", (s) => new sfn.Fail(s.stack, 'S', { error: '{% "E" %}' })],
  ['Fail cause', "'cause' holds the JSONata expression", (s) => new sfn.Fail(s.stack, 'S', { cause: '{% $string($states.input) %}' })],
  ['Succeed outputs', "'outputs' is JSONata", (s) => new sfn.Succeed(s.stack, 'S', { outputs: '{% $states.input.a %}' })],
  ['Parallel arguments', "'arguments' is JSONata.*'parameters'", (s) => parallel(s, { arguments: { a: '{% 1 %}' } })],
  ['Parallel outputs', "'outputs' is JSONata", (s) => parallel(s, { outputs: '{% $states.result[0] %}' })],
  ['Parallel catch outputs', "'outputs' of addCatch\\(H\\) is JSONata", (s) => parallel(s, {}).addCatch(handler(s), { outputs: { e: 1 } })],
  ['Map items', "'items' is JSONata.*'itemsPath'", (s) => map(s, { items: ProvideItems.jsonata('{% $states.input.xs %}') })],
  ['Map jsonataItemSelector', "'jsonataItemSelector' is JSONata.*'itemSelector'", (s) => map(s, { jsonataItemSelector: '{% $states.context.Map.Item.Value %}' })],
  ['Map jsonataMaxConcurrency', "'jsonataMaxConcurrency' is JSONata.*'maxConcurrency'", (s) => map(s, { jsonataMaxConcurrency: '{% 2 %}' })],
  ['Map itemSelector expression', "'itemSelector' holds the JSONata expression .* at .v", (s) => map(s, { itemSelector: { v: '{% $states.context.Map.Item.Value %}' } })],
  ['Map outputs', "'outputs' is JSONata", (s) => map(s, { outputs: '{% $states.result %}' })],
  ['item reader bucketNamePath', "'itemReader' holds the JSONata expression", (s) => dmap(s, { itemReader: new sfn.S3JsonItemReader({ bucketNamePath: '{% $states.input.bucket %}', key: 'k.json' }) })],
  ['item reader key', "'itemReader' holds the JSONata expression", (s) => dmap(s, { itemReader: new sfn.S3JsonItemReader({ bucket, key: '{% $states.input.key %}' }) })],
];

describe('JSONPath pieces in a state that inherits JSONata', () => {
  test.each(JSONPATH_PIECES)('%s is refused in a JSONata state machine', (_title, field, make) => {
    const s = scope();
    expect(() => machine(s, make(s), JSONATA)).toThrow(new RegExp(`test/S: state 'S' is written in JSONata \\(the state machine's queryLanguage\\), but its .*${field}`));
  });

  test.each(JSONPATH_PIECES)('%s is accepted in a JSONPath state machine', (_title, _field, make) => {
    const s = scope();
    machine(s, make(s));
    expect(synthMachine(s.stack).definition.States.S).toBeDefined();
  });
});

describe('JSONata pieces in a state that is JSONPath by default', () => {
  test.each(JSONATA_PIECES)('%s is refused in a default state machine', (_title, field, make) => {
    const s = scope();
    expect(() => machine(s, make(s))).toThrow(new RegExp(`test/S: state 'S' is written in JSONPath \\(the default: neither the state nor the state machine sets queryLanguage\\), but its .*${field}`));
  });

  test.each(JSONATA_PIECES)('%s is refused in a JSONPath state machine too', (_title, field, make) => {
    const s = scope();
    expect(() => machine(s, make(s), JSON_PATH)).toThrow(new RegExp(`state 'S' is written in JSONPath \\(the state machine's queryLanguage\\), but its .*${field}`));
  });

  // (the optional fourth element through a rest parameter: jest hands a test function declaring more
  // parameters than the row has a `done` callback)
  test.each(JSONATA_PIECES)('%s is accepted in a JSONata state machine', (_title, _field, make, ...rest) => {
    const good = rest[0] as Make | undefined;
    const s = scope();
    machine(s, (good ?? make)(s), JSONATA);
    expect(synthMachine(s.stack).definition.States.S).toBeDefined();
  });
});

describe('the messages', () => {
  test('name the state, its path, the field, the value and both ways out', () => {
    const s = scope();
    const pass = new sfn.Pass(s.stack, 'P', { stateName: 'Shape it', outputs: { a: 1 } });
    expect(() => machine(s, pass)).toThrow(
      "test/P: state 'Shape it' is written in JSONPath (the default: neither the state nor the state machine sets queryLanguage), but its 'outputs' is JSONata, which a JSONPath state cannot hold (it would be dropped or passed on as text); make the state JSONata (queryLanguage: QueryLanguage.JSONATA, as the .jsonata() factories do), or use 'outputPath', 'resultSelector' or 'resultPath'",
    );
  });

  test('a JsonPath reference gets its JSONata translation', () => {
    const s = scope();
    expect(() => machine(s, invoke(s, { payload: TaskInput.fromObject({ id: JsonPath.stringAt('$.order.id') }) }), JSONATA)).toThrow(
      "test/S: state 'S' is written in JSONata (the state machine's queryLanguage), but its 'payload' holds the JsonPath reference \"$.order.id\" at .id, which a JSONata state would pass on as literal text; use the JSONata expression '{% $states.input.order.id %}'",
    );
  });

  test('a variable reads the same in JSONata', () => {
    const s = scope();
    expect(() => machine(s, new sfn.Pass(s.stack, 'S', { assign: { copy: JsonPath.stringAt('$total') } }), JSONATA)).toThrow(/'assign' holds the JsonPath reference "\$total" at .copy.*use the JSONata expression '\{% \$total %\}'/);
  });

  test('a JSONata state in a JSONPath machine may also drop its own queryLanguage', () => {
    const s = scope();
    const pass = new sfn.Pass(s.stack, 'S', { queryLanguage: JSONATA, parameters: { a: 1 } });
    expect(() => machine(s, pass)).toThrow(/state 'S' is written in JSONata \(its own queryLanguage\), but its 'parameters' is JSONPath.*use 'arguments'.*or leave the state's queryLanguage unset to keep it JSONPath/);
  });
});

describe('the effective language', () => {
  test('a JSONata state in a default state machine must hold JSONata', () => {
    const s = scope();
    const task = tasks.LambdaInvoke.jsonata(s.stack, 'S', { lambdaFunction: s.fn, retryOnServiceExceptions: false, payload: TaskInput.fromJsonPathAt('$.x') });
    expect(() => machine(s, task)).toThrow(/state 'S' is written in JSONata \(its own queryLanguage\), but its 'payload' holds the JsonPath reference "\$.x"/);
  });

  test('a JSONata state in a default state machine renders its JSONata fields', () => {
    const s = scope();
    const task = tasks.LambdaInvoke.jsonata(s.stack, 'S', { lambdaFunction: s.fn, retryOnServiceExceptions: false, taskTimeout: Timeout.jsonata('{% 30 %}'), outputs: '{% $states.result.Payload %}' });
    machine(s, task.next(new sfn.Pass(s.stack, 'After', { outputPath: '$.x' })));
    const { States } = synthMachine(s.stack).definition;
    expect(States.S).toMatchObject({ QueryLanguage: 'JSONata', TimeoutSeconds: '{% 30 %}', Output: '{% $states.result.Payload %}' });
    expect(States.After.OutputPath).toBe('$.x');
  });

  test('an explicit JSONPath state in a JSONata state machine is still refused', () => {
    const s = scope();
    const pass = new sfn.Pass(s.stack, 'S', { queryLanguage: JSON_PATH });
    expect(() => machine(s, pass, JSONATA)).toThrow(/test\/S: 'queryLanguage' of state 'S' is JSONPath, but the state machine test\/SM is JSONata/);
  });

  test('states of Parallel branches inherit the state machine language', () => {
    const s = scope();
    const par = sfn.Parallel.jsonata(s.stack, 'Par').branch(new sfn.Pass(s.stack, 'S', { outputPath: '$.x' }));
    expect(() => machine(s, par, JSONATA)).toThrow(/test\/S: state 'S' is written in JSONata \(the state machine's queryLanguage\), but its 'outputPath' is JSONPath/);
  });

  test('states of Map item processors inherit the state machine language', () => {
    const s = scope();
    const m = sfn.Map.jsonata(s.stack, 'Each').itemProcessor(invoke(s, { payload: TaskInput.fromJsonPathAt('$.x') }));
    expect(() => machine(s, m, JSONATA)).toThrow(/test\/S: state 'S' is written in JSONata.*'payload' holds the JsonPath reference/);
  });

  test('states of a fragment inherit the state machine language', () => {
    class Steps extends sfn.StateMachineFragment {
      public readonly startState: sfn.State;
      public readonly endStates: sfn.INextable[];
      constructor(sc: Construct, id: string) {
        super(sc, id);
        const first = new sfn.Pass(this, 'First');
        const second = new sfn.Pass(this, 'S', { resultPath: '$.r' });
        first.next(second);
        this.startState = first;
        this.endStates = [second];
      }
    }
    const s = scope();
    expect(() => machine(s, new Steps(s.stack, 'Steps'), JSONATA)).toThrow(/test\/Steps\/S: state 'S' is written in JSONata.*'resultPath' is JSONPath/);
    const ok = scope();
    machine(ok, new Steps(ok.stack, 'Steps'));
    expect(synthMachine(ok.stack).definition.States.S.ResultPath).toBe('$.r');
  });

  test('a nested JSONata state inside a JSONPath branch is checked as JSONata', () => {
    const s = scope();
    const par = new sfn.Parallel(s.stack, 'Par').branch(sfn.Pass.jsonata(s.stack, 'S', { assign: { a: JsonPath.stringAt('$.a') } }));
    expect(() => machine(s, par)).toThrow(/state 'S' is written in JSONata \(its own queryLanguage\), but its 'assign' holds the JsonPath reference "\$.a" at .a/);
  });

  test.each([undefined, JSONATA])('Terraform references and resources are neither language (machine language %s)', (language) => {
    const s = scope();
    const chain = new tasks.SqsSendMessage(s.stack, 'Q', { queue: { url: s.fn.arn, arn: s.fn.arn }, messageBody: TaskInput.fromObject({ fn: s.fn.arn, name: s.fn.functionName }) })
      .next(invoke(s, { payload: TaskInput.fromObject({ arn: s.fn.arn }), credentials: { role: sfn.TaskRole.fromRole({ arn: s.fn.role }) } }));
    machine(s, chain, language);
    const body = synthMachine(s.stack).definition.States.Q[language === JSONATA ? 'Arguments' : 'Parameters'].MessageBody;
    expect(body).toEqual({ fn: '${aws_lambda_function.Fn.arn}', name: '${aws_lambda_function.Fn.function_name}' });
  });

  test('a Pass result is data: braces in it are not read as JSONata', () => {
    const s = scope();
    machine(s, new sfn.Pass(s.stack, 'S', { result: Result.fromObject({ template: '{% raw %}' }) }));
    expect(synthMachine(s.stack).definition.States.S.Result).toEqual({ template: '{% raw %}' });
  });
});
