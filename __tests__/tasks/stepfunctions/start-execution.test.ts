import { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine';
import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn } from '../util';

const CHILD = '${aws_sfn_state_machine.Child.arn}';

describe('StepFunctionsStartExecution', () => {
  let stack: TerraformStack;
  let child: SfnStateMachine;
  beforeEach(() => {
    stack = newStack();
    child = new SfnStateMachine(stack, 'Child', { name: 'child', roleArn: 'arn:aws:iam::123456789012:role/r', definition: JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } }) });
  });

  function parentOf(task: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}) {
    new sfn.StateMachine(stack, 'Parent', { definitionBody: sfn.DefinitionBody.fromChainable(task), ...props });
    return synth(stack).machines.find((m) => m.definition.States.ChildTask)!;
  }

  test('default settings', () => {
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: integrationArn('states:startExecution'),
      Parameters: { 'Input.$': '$', 'StateMachineArn': CHILD },
      End: true,
    });
  });

  test('RUN_JOB uses .sync:2 and can describe and stop the executions (G.6)', () => {
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    const m = parentOf(task);
    expect(m.definition.States.ChildTask).toEqual({
      Type: 'Task',
      Resource: integrationArn('states:startExecution.sync:2'),
      Parameters: { 'Input.$': '$', 'StateMachineArn': CHILD },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'states:StartExecution', Resource: CHILD },
      {
        Effect: 'Allow',
        Action: ['states:DescribeExecution', 'states:StopExecution'],
        Resource: `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:execution:\${aws_sfn_state_machine.Child.name}:*`,
      },
      {
        Effect: 'Allow',
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule`,
      },
    ]);
  });

  test.each([
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'states:startExecution'],
    [sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, 'states:startExecution.waitForTaskToken'],
  ])('%s: Resource %s and only states:StartExecution', (integrationPattern, api) => {
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', {
      stateMachine: child,
      integrationPattern,
      input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    const m = parentOf(task);
    expect(m.definition.States.ChildTask.Resource).toBe(integrationArn(api));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'states:StartExecution', Resource: CHILD }]);
  });

  test('our sfn.StateMachine and a literal ARN from another account', () => {
    const ours = new sfn.StateMachine(stack, 'Ours', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P')) });
    const a = new tasks.StepFunctionsStartExecution(stack, 'A', { stateMachine: ours, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    const literal = 'arn:aws:states:eu-west-1:210987654321:stateMachine:other';
    const b = new tasks.StepFunctionsStartExecution(stack, 'B', { stateMachine: { arn: literal, name: 'other' }, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    new sfn.StateMachine(stack, 'Parent', { definitionBody: sfn.DefinitionBody.fromChainable(a.next(b)) });
    const parent = synth(stack).machines.find((m) => m.definition.States.A)!;
    expect(parent.definition.States.A.Parameters.StateMachineArn).toMatch(/^\$\{aws_sfn_state_machine\.Ours_[A-Za-z0-9_]+\.arn\}$/);
    const describe = parent.statements.find((s: any) => Array.isArray(s.Action) && s.Action.includes('states:DescribeExecution'));
    expect(describe.Resource).toContainEqual('arn:aws:states:eu-west-1:210987654321:execution:other:*');
    expect(describe.Resource).toContainEqual(expect.stringMatching(/^arn:\$\{data.aws_partition.current_partition.partition\}:states:.*:execution:\$\{aws_sfn_state_machine.Ours.*\.name\}:\*$/));
  });

  test('renders name and input', () => {
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', {
      stateMachine: child,
      input: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }),
      name: sfn.JsonPath.stringAt('$.name'),
    });
    expect(renderState(task).Parameters).toEqual({ 'Input': { 'a.$': '$.a' }, 'StateMachineArn': CHILD, 'Name.$': '$.name' });
  });

  test('associateWithParent adds the parent execution id to an object input', () => {
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, associateWithParent: true, input: sfn.TaskInput.fromObject({ a: 1 }) });
    expect(renderState(task).Parameters.Input).toEqual({ 'a': 1, 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' });
  });

  test('associateWithParent without input', () => {
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, associateWithParent: true });
    expect(renderState(task).Parameters.Input).toEqual({ 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' });
  });

  test('fails when associateWithParent gets a path input', () => {
    expect(() => new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, associateWithParent: true, input: sfn.TaskInput.fromJsonPathAt('$.in') }))
      .toThrow(/test\/ChildTask: 'associateWithParent' adds a key to the execution input, so 'input' must be TaskInput.fromObject/);
  });

  test('fails when WAIT_FOR_TASK_TOKEN input lacks the token', () => {
    expect(() => new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/test\/ChildTask: 'input' must hold the task token/);
  });

  test('jsonata(): the default input is the state input, not "$"', () => {
    const task = tasks.StepFunctionsStartExecution.jsonata(stack, 'ChildTask', { stateMachine: child });
    expect(renderState(task)).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { Input: '{% $states.input %}', StateMachineArn: CHILD } });
  });

  test('jsonata() with associateWithParent and the JSONata token', () => {
    const task = tasks.StepFunctionsStartExecution.jsonata(stack, 'ChildTask', {
      stateMachine: child,
      associateWithParent: true,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      input: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
    });
    expect(renderState(task).Arguments.Input).toEqual({ token: '{% $states.context.Task.Token %}', AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: '{% $states.context.Execution.Id %}' });
  });

  test('a JSONata state machine uses the JSONata default input', () => {
    const m = parentOf(new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(m.definition.States.ChildTask.Arguments).toEqual({ Input: '{% $states.input %}', StateMachineArn: CHILD });
  });

  test('jsonPath() renders Parameters', () => {
    expect(renderState(tasks.StepFunctionsStartExecution.jsonPath(stack, 'ChildTask', { stateMachine: child })).Parameters).toEqual({ 'Input.$': '$', 'StateMachineArn': CHILD });
  });

  test('fails when a literal name is longer than 80 characters', () => {
    expect(() => new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, name: 'n'.repeat(81) })).toThrow(/'name' must be at most 80 characters long, got 81/);
    expect(() => new tasks.StepFunctionsStartExecution(stack, 'Ok', { stateMachine: child, name: 'n'.repeat(80) })).not.toThrow();
  });

  test('fails when a JsonPath reference is concatenated into the name', () => {
    expect(() => new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: child, name: `run-${sfn.JsonPath.stringAt('$.id')}` }))
      .toThrow(/test\/ChildTask: 'name': a JsonPath reference must be the whole string value/);
  });

  test('fails when a literal ARN is not a state machine ARN', () => {
    expect(() => new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: { arn: 'arn:aws:states:us-east-1:123456789012:activity:a', name: 'a' } }))
      .toThrow(/'stateMachine.arn' must be a state machine ARN/);
  });

  test('accepts a literal ARN of an alias', () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:m:prod';
    expect(renderState(new tasks.StepFunctionsStartExecution(stack, 'ChildTask', { stateMachine: { arn, name: 'm' } })).Parameters.StateMachineArn).toBe(arn);
  });
});
