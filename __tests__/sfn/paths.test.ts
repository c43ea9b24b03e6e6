// Path props (inputPath, outputPath, resultPath, a catcher's resultPath, itemsPath, the Map and
// DistributedMap *Path props) take a path as text or as a JsonPath token, as aws-cdk-lib does, in every
// state type; the definition holds the path text.
import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { sfn, tasks } from '../../src';
import { newStack, renderState, synthMachine } from '../util/synth';

const { JsonPath } = sfn;
const FN = { arn: 'arn:aws:lambda:us-east-1:123456789012:function:work' };

function definitionOf(build: (scope: Construct) => sfn.IChainable): any {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)) });
  return synthMachine(stack).definition;
}

const io = () => ({ inputPath: JsonPath.stringAt('$.in'), outputPath: JsonPath.stringAt('$.out') });
const ioResult = () => ({ ...io(), resultPath: JsonPath.stringAt('$.res') });

describe('path props given as JsonPath tokens', () => {
  test.each<[string, (scope: Construct) => sfn.State, object]>([
    ['Pass', (s) => new sfn.Pass(s, 'S', ioResult()), { InputPath: '$.in', OutputPath: '$.out', ResultPath: '$.res' }],
    ['Succeed', (s) => new sfn.Succeed(s, 'S', io()), { InputPath: '$.in', OutputPath: '$.out' }],
    ['Choice', (s) => new sfn.Choice(s, 'S', io()).when(sfn.Condition.isPresent('$.x'), new sfn.Succeed(s, 'Yes')).otherwise(new sfn.Succeed(s, 'Done')) as unknown as sfn.State, { InputPath: '$.in', OutputPath: '$.out' }],
    ['Parallel', (s) => new sfn.Parallel(s, 'S', ioResult()).branch(new sfn.Pass(s, 'B')), { InputPath: '$.in', OutputPath: '$.out', ResultPath: '$.res' }],
    ['Map', (s) => new sfn.Map(s, 'S', { ...ioResult(), itemsPath: JsonPath.stringAt('$$.Execution.Input.items'), maxConcurrencyPath: JsonPath.stringAt('$.mc') }).itemProcessor(new sfn.Pass(s, 'I')),
      { InputPath: '$.in', OutputPath: '$.out', ResultPath: '$.res', ItemsPath: '$$.Execution.Input.items', MaxConcurrencyPath: '$.mc' }],
    ['DistributedMap', (s) => new sfn.DistributedMap(s, 'S', { ...ioResult(), itemsPath: JsonPath.stringAt('$items'), toleratedFailureCountPath: JsonPath.stringAt('$.n'), toleratedFailurePercentagePath: JsonPath.stringAt('$.p') }).itemProcessor(new sfn.Pass(s, 'I')),
      { InputPath: '$.in', OutputPath: '$.out', ResultPath: '$.res', ItemsPath: '$items', ToleratedFailureCountPath: '$.n', ToleratedFailurePercentagePath: '$.p' }],
    ['a task', (s) => new tasks.LambdaInvoke(s, 'S', { lambdaFunction: FN, retryOnServiceExceptions: false, ...ioResult() }), { InputPath: '$.in', OutputPath: '$.out', ResultPath: '$.res' }],
  ])('%s renders the path text', (_name, build, expected) => {
    const state = definitionOf(build).States.S;
    expect(state).toMatchObject(expected);
  });

  test("a catcher's resultPath renders the path text", () => {
    const def = definitionOf((s) => new sfn.Parallel(s, 'S').branch(new sfn.Pass(s, 'B')).addCatch(new sfn.Pass(s, 'Handler'), { resultPath: JsonPath.stringAt('$.error') }));
    expect(def.States.S.Catch).toEqual([{ ErrorEquals: ['States.ALL'], Next: 'Handler', ResultPath: '$.error' }]);
  });

  test('variables, context paths and DISCARD are accepted as text too, and so is a Terraform reference', () => {
    const def = definitionOf((s) => new sfn.Pass(s, 'S', { inputPath: '$$.Execution.Input', resultPath: JsonPath.DISCARD, outputPath: '$result' }));
    expect(def.States.S).toMatchObject({ InputPath: '$$.Execution.Input', ResultPath: null, OutputPath: '$result' });
    const stack = newStack();
    const v = new TerraformVariable(stack, 'out', { type: 'string' });
    expect(renderState(new sfn.Pass(stack, 'T', { outputPath: v.stringValue }))).toMatchObject({ OutputPath: '${var.out}' });
  });

  test.each<[string, (scope: Construct) => unknown, RegExp]>([
    ['an intrinsic function token', (s) => new sfn.Pass(s, 'S', { outputPath: JsonPath.format('{}', JsonPath.stringAt('$.x')) }), /test\/S: 'outputPath' must be a reference path such as '\$.items', not an intrinsic function; got "States.Format\('\{\}', \$.x\)"/],
    ['an intrinsic function text', (s) => new sfn.Succeed(s, 'S', { inputPath: 'States.Array($.x)' }), /'inputPath' must be a reference path such as '\$.items', not an intrinsic function/],
    ['a path token inside longer text', (s) => new sfn.Pass(s, 'S', { resultPath: `${JsonPath.stringAt('$.a')}.b` }), /'resultPath' must be a reference path such as '\$.items'; got/],
    ['DISCARD as itemsPath', (s) => new sfn.Map(s, 'S', { itemsPath: JsonPath.DISCARD }), /'itemsPath' must be a reference path such as '\$.items'; got JsonPath.DISCARD/],
    ['a malformed path', (s) => new sfn.Pass(s, 'S', { outputPath: "$['unterminated" }), /'outputPath' is not a valid path or intrinsic function expression: unterminated bracket or quote/],
    ['a catcher result path that is no path', (s) => new sfn.Parallel(s, 'S').branch(new sfn.Pass(s, 'B')).addCatch(new sfn.Pass(s, 'H'), { resultPath: 'error' }), /addCatch resultPath must be a JSONPath starting with '\$'/],
  ])('fails for %s', (_name, build, message) => {
    expect(() => build(newStack())).toThrow(message);
  });
});
