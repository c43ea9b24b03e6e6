import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const jobArn = (name: string) => `arn:${PARTITION}:databrew:${REGION}:${ACCOUNT}:job/${name}`;

describe('GlueDataBrewStartJobRun', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('defaults: REQUEST_RESPONSE, databrew:startJobRun on the job', () => {
    const m = machineOf(stack, new tasks.GlueDataBrewStartJobRun(stack, 'Brew', { name: 'clean' }));
    expect(m.definition.States.Brew).toEqual({ Type: 'Task', Resource: integrationArn('databrew:startJobRun'), Parameters: { Name: 'clean' }, End: true });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'databrew:startJobRun', Resource: jobArn('clean') }]);
  });

  test('RUN_JOB: .sync, and stopJobRun and listJobRuns to poll and stop the run', () => {
    const m = machineOf(stack, new tasks.GlueDataBrewStartJobRun(stack, 'Brew', { name: 'clean', integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(m.definition.States.Brew.Resource).toEqual(integrationArn('databrew:startJobRun.sync'));
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ['databrew:startJobRun', 'databrew:stopJobRun', 'databrew:listJobRuns'], Resource: jobArn('clean') }]);
  });

  test('WAIT_FOR_TASK_TOKEN is refused', () => {
    expect(() => new tasks.GlueDataBrewStartJobRun(stack, 'Brew', { name: 'n', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow("test/Brew: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE, RUN_JOB");
  });

  test('a name from the state (job/*), in JSONPath and JSONata', () => {
    const a = new tasks.GlueDataBrewStartJobRun(stack, 'A', { name: sfn.JsonPath.stringAt('$.job') });
    const b = tasks.GlueDataBrewStartJobRun.jsonata(stack, 'B', { name: '{% $states.input.job %}' });
    const m = machineOf(stack, a.next(b));
    expect(m.definition.States.A.Parameters).toEqual({ 'Name.$': '$.job' });
    expect(m.definition.States.B).toEqual({ Type: 'Task', QueryLanguage: 'JSONata', Resource: integrationArn('databrew:startJobRun'), Arguments: { Name: '{% $states.input.job %}' }, End: true });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'databrew:startJobRun', Resource: jobArn('*') }]);
  });

  test.each(['n'.repeat(240), '{% $states.input.job %}'])('accepts the name %p', (name) => {
    expect(() => new tasks.GlueDataBrewStartJobRun(stack, 'Brew', { name })).not.toThrow();
  });

  test.each(['', 'n'.repeat(241), 'a\nb'])('refuses the name %p', (name) => {
    expect(() => new tasks.GlueDataBrewStartJobRun(stack, 'Brew', { name })).toThrow("test/Brew: 'name' must be 1 to 240 characters on one line");
  });

  test('a name concatenated with a path is refused', () => {
    expect(() => new tasks.GlueDataBrewStartJobRun(stack, 'Brew', { name: `n-${sfn.JsonPath.stringAt('$.x')}` }))
      .toThrow("test/Brew: 'name': a JsonPath reference must be the whole string value");
  });
});
