import { Duration, sfn, tasks } from '../../../src';
import { newStack, synthMachine } from '../../util/synth';

const FN = { arn: 'arn:aws:lambda:us-east-1:123456789012:function:work' };
const CHILD = { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child', name: 'child' };
const ACTIVITY = { arn: 'arn:aws:states:us-east-1:123456789012:activity:approve', name: 'approve' };

function express(build: (stack: ReturnType<typeof newStack>) => sfn.IChainable, type = sfn.StateMachineType.EXPRESS) {
  const stack = newStack();
  const chain = build(stack);
  return () => {
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain), stateMachineType: type });
    return stack;
  };
}

describe('EXPRESS state machines refuse what Step Functions does not run in them', () => {
  test('a callback task (.waitForTaskToken)', () => {
    const make = express((s) => new tasks.LambdaInvoke(s, 'Ask', {
      lambdaFunction: FN,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    }));
    expect(make).toThrow(/test\/Ask: state 'Ask' uses IntegrationPattern.WAIT_FOR_TASK_TOKEN \(\.waitForTaskToken\), which the EXPRESS state machine test\/SM cannot run; call the service with IntegrationPattern.REQUEST_RESPONSE, or make the state machine STANDARD \('stateMachineType'\)/);
  });

  test('a job-run task (.sync) inside a Parallel branch', () => {
    const make = express((s) => new sfn.Parallel(s, 'Both')
      .branch(new sfn.Pass(s, 'Idle'))
      .branch(new tasks.StepFunctionsStartExecution(s, 'Run child', { stateMachine: CHILD, integrationPattern: sfn.IntegrationPattern.RUN_JOB })));
    expect(make).toThrow(/test\/Run child: state 'Run child' uses IntegrationPattern.RUN_JOB \(\.sync\), which the EXPRESS state machine test\/SM cannot run/);
  });

  test('an activity inside a Map item processor', () => {
    const make = express((s) => new sfn.Map(s, 'Each', { itemsPath: '$.items' })
      .itemProcessor(new tasks.StepFunctionsInvokeActivity(s, 'Approve', { activity: ACTIVITY, taskTimeout: sfn.Timeout.duration(Duration.minutes(5)) })));
    expect(make).toThrow(/test\/Approve: state 'Approve' invokes an activity, which the EXPRESS state machine test\/SM cannot run; do the work in a service task \(e\.g\. LambdaInvoke\), or make the state machine STANDARD \('stateMachineType'\)/);
  });

  test('request-response tasks are fine in EXPRESS; everything is fine in STANDARD', () => {
    const requestResponse = express((s) => new tasks.LambdaInvoke(s, 'Call', { lambdaFunction: FN })
      .next(new tasks.StepFunctionsStartExecution(s, 'Start child', { stateMachine: CHILD })));
    expect(synthMachine(requestResponse()).resource.type).toBe('EXPRESS');
    const standard = express((s) => new tasks.StepFunctionsStartExecution(s, 'Run child', { stateMachine: CHILD, integrationPattern: sfn.IntegrationPattern.RUN_JOB })
      .next(new tasks.StepFunctionsInvokeActivity(s, 'Approve', { activity: ACTIVITY })), sfn.StateMachineType.STANDARD);
    expect(synthMachine(standard()).resource.type).toBe('STANDARD');
  });
});
