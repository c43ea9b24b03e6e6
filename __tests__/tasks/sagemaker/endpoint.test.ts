import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const SM = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}`;
const names = { endpointName: 'MyEndpoint', endpointConfigName: 'MyConfig' };

describe('SageMakerCreateEndpoint', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('the request, and sagemaker:createEndpoint on the endpoint and configuration, lower-cased', () => {
    const task = new tasks.SageMakerCreateEndpoint(stack, 'Create', { ...names, tags: sfn.TaskInput.fromObject([{ Key: 'k', Value: 'v' }]) });
    const m = machineOf(stack, task);
    expect(m.definition.States.Create).toEqual({
      Type: 'Task',
      Resource: integrationArn('sagemaker:createEndpoint'),
      Parameters: { EndpointConfigName: 'MyConfig', EndpointName: 'MyEndpoint', Tags: [{ Key: 'k', Value: 'v' }] },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'sagemaker:createEndpoint', Resource: [`${SM}:endpoint/myendpoint`, `${SM}:endpoint-config/myconfig`] },
      { Effect: 'Allow', Action: 'sagemaker:ListTags', Resource: '*' },
    ]);
  });

  test('names from the state give * resources; JSONata renders Arguments', () => {
    const task = new tasks.SageMakerCreateEndpoint(stack, 'Create', { endpointName: sfn.JsonPath.stringAt('$.e'), endpointConfigName: sfn.JsonPath.stringAt('$.c') });
    expect(renderState(task).Parameters).toEqual({ 'EndpointConfigName.$': '$.c', 'EndpointName.$': '$.e' });
    const other = tasks.SageMakerCreateEndpoint.jsonata(stack, 'Jsonata', { endpointName: '{% $states.input.e %}', endpointConfigName: 'c' });
    const m = machineOf(stack, sfn.Chain.start(task).next(other));
    expect(m.definition.States.Jsonata.Arguments).toEqual({ EndpointConfigName: 'c', EndpointName: '{% $states.input.e %}' });
    expect(m.statements[0].Resource).toEqual(expect.arrayContaining([`${SM}:endpoint/*`, `${SM}:endpoint-config/*`, `${SM}:endpoint-config/c`]));
  });

  test('only REQUEST_RESPONSE', () => {
    expect(() => new tasks.SageMakerCreateEndpoint(stack, 'Create', { ...names, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/Create: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE/);
  });
});

describe('SageMakerUpdateEndpoint', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('the request, and sagemaker:updateEndpoint on the endpoint and configuration', () => {
    const task = new tasks.SageMakerUpdateEndpoint(stack, 'Update', names);
    const m = machineOf(stack, task);
    expect(m.definition.States.Update).toEqual({
      Type: 'Task',
      Resource: integrationArn('sagemaker:updateEndpoint'),
      Parameters: { EndpointConfigName: 'MyConfig', EndpointName: 'MyEndpoint' },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'sagemaker:updateEndpoint', Resource: [`${SM}:endpoint/myendpoint`, `${SM}:endpoint-config/myconfig`] },
    ]);
  });

  test('JSONata names give * resources', () => {
    const task = tasks.SageMakerUpdateEndpoint.jsonata(stack, 'Update', { endpointName: '{% $states.input.e %}', endpointConfigName: '{% $states.input.c %}' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Update.Arguments).toEqual({ EndpointConfigName: '{% $states.input.c %}', EndpointName: '{% $states.input.e %}' });
    expect(m.statements[0].Resource).toEqual([`${SM}:endpoint/*`, `${SM}:endpoint-config/*`]);
  });

  test('only REQUEST_RESPONSE', () => {
    expect(() => new tasks.SageMakerUpdateEndpoint(stack, 'Update', { ...names, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/Update: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE/);
  });
});
