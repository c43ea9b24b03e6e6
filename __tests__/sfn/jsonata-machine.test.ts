import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { sfn, tasks } from '../../src';
import { newStack, synthMachine } from '../util/synth';

test('a whole JSONata state machine: every state type writes JSONata fields only', () => {
  const stack = newStack();
  const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
  const invoke = tasks.LambdaInvoke.jsonata(stack, 'Invoke', { lambdaFunction: fn, outputs: '{% $states.result.Payload %}' });
  const wait = sfn.Wait.jsonata(stack, 'Wait', { time: sfn.WaitTime.timestamp('{% $states.input.at %}') });
  const map = sfn.Map.jsonata(stack, 'Each', { items: sfn.ProvideItems.jsonata('{% $states.input.items %}'), maxConcurrency: 2 })
    .itemProcessor(sfn.Pass.jsonata(stack, 'Item', { outputs: { v: '{% $states.input %}' } }));
  const par = sfn.Parallel.jsonata(stack, 'Both', { arguments: { x: '{% $states.input %}' } })
    .branch(sfn.Pass.jsonata(stack, 'Left'))
    .branch(sfn.Pass.jsonata(stack, 'Right'));
  const done = sfn.Choice.jsonata(stack, 'Done?')
    .when(sfn.Condition.jsonata('{% $count($states.input) > 0 %}'), sfn.Succeed.jsonata(stack, 'Yes', { outputs: '{% $states.input %}' }))
    .otherwise(sfn.Fail.jsonata(stack, 'No', { error: '{% "Empty" %}', cause: '{% $string($states.input) %}' }));
  new sfn.StateMachine(stack, 'SM', {
    definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(wait).next(map).next(par).next(done)),
    queryLanguage: sfn.QueryLanguage.JSONATA,
  });
  const { definition } = synthMachine(stack);
  expect(definition.QueryLanguage).toBe('JSONata');
  const all = JSON.stringify(definition);
  for (const jsonPathField of ['"Parameters"', '"InputPath"', '"OutputPath"', '"ResultPath"', '"ResultSelector"', '"ItemsPath"', '.$"']) {
    expect(all).not.toContain(jsonPathField);
  }
  expect(definition.States.Each.Items).toBe('{% $states.input.items %}');
  expect(definition.States.Both.Arguments).toEqual({ x: '{% $states.input %}' });
  expect(definition.States.No).toEqual({ Type: 'Fail', Error: '{% "Empty" %}', Cause: '{% $string($states.input) %}' });
  // no state repeats the machine's language
  expect(Object.values<any>(definition.States).filter((s) => s.QueryLanguage)).toEqual([]);
});
