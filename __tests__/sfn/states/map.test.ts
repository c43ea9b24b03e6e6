import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import type { Construct } from 'constructs';
import { iam, sfn } from '../../../src';
import { newStack, renderState, synthMachine } from '../../util/synth';

const { Map, Pass, Succeed, StateMachine, DefinitionBody, JsonPath, ProcessorMode, ProcessorType, ProvideItems, QueryLanguage } = sfn;

function machine(scope: Construct, chain: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): sfn.StateMachine {
  return new StateMachine(scope, 'SM', { definitionBody: DefinitionBody.fromChainable(chain), ...props });
}

/** Binds a state to a graph of its own so that its item processor renders. */
function bound<T extends sfn.State>(state: T): T {
  new sfn.StateGraph(state, 'test graph');
  return state;
}

describe('Map rendering', () => {
  test('JSONPath fields, inline processor, retry/catch, next', () => {
    const stack = newStack();
    const map = new Map(stack, 'Each', {
      comment: 'each item',
      inputPath: '$.in',
      itemsPath: '$.items',
      itemSelector: { value: JsonPath.stringAt('$$.Map.Item.Value'), fixed: 1 },
      maxConcurrency: 5,
      resultPath: '$.results',
      resultSelector: { n: JsonPath.numberAt('$[0].n') },
      outputPath: '$.out',
      assign: { count: JsonPath.stringAt('$.count') },
    });
    map.itemProcessor(new Pass(stack, 'Item')).addRetry({ maxAttempts: 2 }).addCatch(new Succeed(stack, 'Caught'));
    map.next(new Succeed(stack, 'Done'));
    machine(stack, map);
    const m = synthMachine(stack);
    expect(m.definition.States.Each).toEqual({
      Type: 'Map',
      Comment: 'each item',
      InputPath: '$.in',
      ItemsPath: '$.items',
      ItemSelector: { 'value.$': '$$.Map.Item.Value', 'fixed': 1 },
      MaxConcurrency: 5,
      ResultSelector: { 'n.$': '$[0].n' },
      ResultPath: '$.results',
      OutputPath: '$.out',
      Assign: { 'count.$': '$.count' },
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      Next: 'Done',
      Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
    });
    expect(m.statements).toEqual([]);
  });

  test('maxConcurrencyPath and the deprecated parameters', () => {
    const stack = newStack();
    const map = bound(new Map(stack, 'Each', { maxConcurrencyPath: '$.limit', parameters: { v: JsonPath.stringAt('$$.Map.Item.Value') } }).itemProcessor(new Pass(stack, 'Item')));
    expect(renderState(map)).toMatchObject({ MaxConcurrencyPath: '$.limit', Parameters: { 'v.$': '$$.Map.Item.Value' }, End: true });
  });

  test('JSONata fields: items, jsonataItemSelector, jsonataMaxConcurrency, outputs', () => {
    const stack = newStack();
    const map = Map.jsonata(stack, 'Each', {
      items: ProvideItems.jsonata('{% $states.input.list %}'),
      jsonataItemSelector: '{% $states.context.Map.Item.Value %}',
      jsonataMaxConcurrency: '{% $states.input.limit %}',
      outputs: '{% $states.result %}',
      assign: { n: '{% $count($states.input.list) %}' },
    }).itemProcessor(Pass.jsonata(stack, 'Item'));
    machine(stack, map);
    const m = synthMachine(stack);
    expect(m.definition.States.Each).toEqual({
      Type: 'Map',
      QueryLanguage: 'JSONata',
      Items: '{% $states.input.list %}',
      ItemSelector: '{% $states.context.Map.Item.Value %}',
      MaxConcurrency: '{% $states.input.limit %}',
      Output: '{% $states.result %}',
      Assign: { n: '{% $count($states.input.list) %}' },
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Item', States: { Item: { Type: 'Pass', QueryLanguage: 'JSONata', End: true } } },
      End: true,
    });
  });

  test('JSONata: a fixed item array and an object item selector; a JSONata machine omits QueryLanguage', () => {
    const stack = newStack();
    const map = new Map(stack, 'Each', { items: ProvideItems.jsonArray([1, 2, 3]), itemSelector: { v: '{% $states.context.Map.Item.Value %}' }, maxConcurrency: 2 })
      .itemProcessor(new Pass(stack, 'Item'));
    machine(stack, map, { queryLanguage: QueryLanguage.JSONATA });
    const state = synthMachine(stack).definition.States.Each;
    expect(state.QueryLanguage).toBeUndefined();
    expect(state).toMatchObject({ Items: [1, 2, 3], ItemSelector: { v: '{% $states.context.Map.Item.Value %}' }, MaxConcurrency: 2 });
  });

  test('Map.jsonPath is the plain constructor', () => {
    const stack = newStack();
    const map = Map.jsonPath(stack, 'Each', { itemsPath: '$.xs' });
    expect(map.queryLanguage).toBeUndefined();
  });

  test('the item processor can hold a Choice, a nested Map and a task', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const inner = new sfn.CustomState(stack, 'Call', { stateJson: { Type: 'Task', Resource: fn.arn } });
    const nested = new Map(stack, 'Inner').itemProcessor(inner);
    const choice = new sfn.Choice(stack, 'Skip?').when(sfn.Condition.isNull('$.x'), new Succeed(stack, 'Skip')).otherwise(nested);
    const outer = new Map(stack, 'Outer').itemProcessor(choice);
    const sm = machine(stack, outer);
    sm.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.arn] }));
    const m = synthMachine(stack);
    const processor = m.definition.States.Outer.ItemProcessor;
    expect(Object.keys(processor.States).sort()).toEqual(['Inner', 'Skip', 'Skip?']);
    expect(processor.States.Inner.ItemProcessor.States.Call).toEqual({ Type: 'Task', Resource: '${aws_lambda_function.Fn.arn}', End: true });
  });
});

describe('Map in DISTRIBUTED mode', () => {
  test('renders the processor config and grants the child-execution permissions', () => {
    const stack = newStack();
    const map = new Map(stack, 'Each').itemProcessor(new Pass(stack, 'Item'), { mode: ProcessorMode.DISTRIBUTED, executionType: ProcessorType.EXPRESS });
    machine(stack, map, { stateMachineName: 'orders' });
    const m = synthMachine(stack);
    expect(m.definition.States.Each.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' });
    const arn = (r: string) => `arn:\${data.aws_partition.current_partition.partition}:states:\${data.aws_region.current_region.region}:\${data.aws_caller_identity.current_account.account_id}:${r}`;
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'states:StartExecution', Resource: arn('stateMachine:orders') },
      { Effect: 'Allow', Action: ['states:DescribeExecution', 'states:StopExecution'], Resource: arn('execution:orders/*') },
      { Effect: 'Allow', Action: 'states:RedriveExecution', Resource: arn('execution:orders/*:*') },
    ]);
  });

  test('fails when DISTRIBUTED has no executionType, or INLINE has one', () => {
    const stack = newStack();
    expect(() => new Map(stack, 'A').itemProcessor(new Pass(stack, 'I1'), { mode: ProcessorMode.DISTRIBUTED })).toThrow(/'executionType' is required with ProcessorMode\.DISTRIBUTED/);
    expect(() => new Map(stack, 'B').itemProcessor(new Pass(stack, 'I2'), { executionType: ProcessorType.STANDARD })).toThrow(/applies to ProcessorMode\.DISTRIBUTED only/);
  });
});

describe('Map validation', () => {
  test('maxConcurrency: 0 and whole numbers pass; fractions and negatives fail', () => {
    const stack = newStack();
    expect(() => new Map(stack, 'Z', { maxConcurrency: 0 })).not.toThrow();
    expect(() => new Map(stack, 'F', { maxConcurrency: 1.5 })).toThrow(/'maxConcurrency' must be a whole number >= 0, got 1.5/);
    expect(() => new Map(stack, 'N', { maxConcurrency: -1 })).toThrow(/'maxConcurrency' must be a whole number >= 0, got -1/);
  });

  test('itemsPath must be a reference path', () => {
    const stack = newStack();
    expect(() => new Map(stack, 'OK', { itemsPath: '$$.Execution.Input.items' })).not.toThrow();
    expect(() => new Map(stack, 'A', { itemsPath: 'items' })).toThrow(/'itemsPath' must be a JSONPath starting with '\$'/);
    expect(() => new Map(stack, 'B', { itemsPath: 'States.Array($.a)' })).toThrow(/'itemsPath' must be a reference path/);
  });

  test('fails when bound without an item processor', () => {
    const stack = newStack();
    expect(() => machine(stack, new Map(stack, 'Each'))).toThrow(/Map state 'Each' has no item processor; set one with itemProcessor\(\)/);
  });

  test('fails when itemProcessor() is called twice', () => {
    const stack = newStack();
    const map = new Map(stack, 'Each').itemProcessor(new Pass(stack, 'A'));
    expect(() => map.itemProcessor(new Pass(stack, 'B'))).toThrow(/already has an item processor/);
  });

  test('the deprecated iterator() renders Iterator and excludes itemProcessor()', () => {
    const stack = newStack();
    const map = bound(new Map(stack, 'Each', { itemsPath: '$.xs' }).iterator(new Pass(stack, 'A')));
    expect(renderState(map)).toEqual({ Type: 'Map', ItemsPath: '$.xs', Iterator: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, End: true });
    expect(() => map.itemProcessor(new Pass(stack, 'B'))).toThrow(/test\/Each: itemProcessor\(\): Map state 'Each' already has an iterator \(iterator\(\)\); a Map has one/);
    const other = new Map(stack, 'Other').itemProcessor(new Pass(stack, 'C'));
    expect(() => other.iterator(new Pass(stack, 'D'))).toThrow(/iterator\(\): Map state 'Other' already has an item processor/);
  });

  test('fails when two concurrency limits or two item selectors are set', () => {
    const stack = newStack();
    expect(() => new Map(stack, 'A', { maxConcurrency: 1, maxConcurrencyPath: '$.n' })).toThrow(/set only one of 'maxConcurrency', 'maxConcurrencyPath'/);
    expect(() => new Map(stack, 'B', { itemSelector: {}, parameters: {} })).toThrow(/set only one of 'itemSelector', 'parameters'/);
  });

  test('fails when JSONata-only fields meet a JSONPath Map, and the reverse', () => {
    const stack = newStack();
    expect(() => Map.jsonata(stack, 'A', { itemsPath: '$.xs' } as any)).toThrow(/'itemsPath' is a field of JSONPath states; this state is written in JSONata/);
    expect(() => new Map(stack, 'B', { queryLanguage: QueryLanguage.JSONATA, resultPath: '$.r', parameters: {} })).toThrow(/'resultPath', 'parameters' are fields of JSONPath states/);
    expect(() => new Map(stack, 'C', { queryLanguage: QueryLanguage.JSON_PATH, items: ProvideItems.jsonArray([]) })).toThrow(/'items' is a field of JSONata states; this state is written in JSONPath/);
  });

  test('fails when a JSONata expression is not wrapped in {% %}', () => {
    const stack = newStack();
    expect(() => ProvideItems.jsonata('$states.input')).toThrow(/ProvideItems\.jsonata\(jsonataExpression\) must be a JSONata expression/);
    expect(() => new Map(stack, 'A', { jsonataItemSelector: '$x' })).toThrow(/'jsonataItemSelector' must be a JSONata expression/);
    expect(() => new Map(stack, 'B', { jsonataMaxConcurrency: '3' })).toThrow(/'jsonataMaxConcurrency' must be a JSONata expression/);
  });

  test('fails when itemSelector concatenates a JsonPath reference', () => {
    const stack = newStack();
    expect(() => new Map(stack, 'A', { itemSelector: { v: `x${JsonPath.stringAt('$.a')}` } })).toThrow(/'itemSelector'\.v: a JsonPath reference must be the whole string value/);
  });
});
