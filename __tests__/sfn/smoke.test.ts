import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { Duration, sfn } from '../../src';
import { newStack, synthMachine } from '../util/synth';

test('a chain synthesizes to the definition AWS receives', () => {
  const stack = newStack();
  const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
  const pass = new sfn.Pass(stack, 'Start', { parameters: { 'text': 'a ${$.x} %{ y } "q" \\ \n', fn: fn.arn, at: sfn.JsonPath.stringAt('$.a') } });
  const wait = new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.duration(Duration.seconds(5)) });
  const par = new sfn.Parallel(stack, 'Par').branch(new sfn.Pass(stack, 'B1')).branch(new sfn.Succeed(stack, 'B2'));
  const sm = new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(pass.next(wait).next(par).next(new sfn.Succeed(stack, 'Done'))) });
  sm.addToRolePolicy(new (require('../../src').iam.PolicyStatement)({ actions: ['lambda:InvokeFunction'], resources: [fn.arn] }));
  const m = synthMachine(stack);
  expect(m.definition.States.Start.Parameters).toEqual({ text: 'a ${$.x} %{ y } "q" \\ \n', fn: '${aws_lambda_function.Fn.arn}', 'at.$': '$.a' });
  expect(m.definition.States.Wait.Seconds).toBe(5);
  expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '${aws_lambda_function.Fn.arn}' }]);
});
