import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { integrationArn, machineOf } from '../util';

describe('AthenaStopQueryExecution, AthenaGetQueryExecution, AthenaGetQueryResults', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test.each([
    ['stop', (s: TerraformStack) => new tasks.AthenaStopQueryExecution(s, 'T', { queryExecutionId: sfn.JsonPath.stringAt('$.id') }), 'stopQueryExecution'],
    ['get', (s: TerraformStack) => new tasks.AthenaGetQueryExecution(s, 'T', { queryExecutionId: sfn.JsonPath.stringAt('$.id') }), 'getQueryExecution'],
  ])('%s: QueryExecutionId, the action on *', (_name, build, api) => {
    const m = machineOf(stack, build(stack));
    expect(m.definition.States.T).toEqual({ Type: 'Task', Resource: integrationArn(`athena:${api}`), Parameters: { 'QueryExecutionId.$': '$.id' }, End: true });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: `athena:${api}`, Resource: '*' }]);
  });

  test('get results: page token and size, athena:getQueryResults and s3:GetObject on *', () => {
    const task = new tasks.AthenaGetQueryResults(stack, 'T', {
      queryExecutionId: 'abc-123',
      nextToken: sfn.JsonPath.stringAt('$.next'),
      maxResults: 1000,
    });
    const m = machineOf(stack, task);
    expect(m.definition.States.T).toEqual({
      Type: 'Task',
      Resource: integrationArn('athena:getQueryResults'),
      Parameters: { 'QueryExecutionId': 'abc-123', 'NextToken.$': '$.next', 'MaxResults': 1000 },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ['athena:getQueryResults', 's3:GetObject'], Resource: '*' }]);
  });

  test.each([
    ['stop', tasks.AthenaStopQueryExecution, 'stopQueryExecution'],
    ['get', tasks.AthenaGetQueryExecution, 'getQueryExecution'],
    ['results', tasks.AthenaGetQueryResults, 'getQueryResults'],
  ])('%s: JSONata Arguments', (_name, Task: any, api) => {
    const m = machineOf(stack, Task.jsonata(stack, 'T', { queryExecutionId: '{% $states.input.id %}' }));
    expect(m.definition.States.T).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: integrationArn(`athena:${api}`),
      Arguments: { QueryExecutionId: '{% $states.input.id %}' },
      End: true,
    });
  });

  test.each([
    ['stop', tasks.AthenaStopQueryExecution],
    ['get', tasks.AthenaGetQueryExecution],
    ['results', tasks.AthenaGetQueryResults],
  ])('%s: only REQUEST_RESPONSE', (_name, Task: any) => {
    for (const pattern of [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]) {
      expect(() => new Task(stack, `T${pattern}`, { queryExecutionId: 'q', integrationPattern: pattern }))
        .toThrow(new RegExp(`test/T${pattern}: 'integrationPattern' ${pattern} is not supported by this task; supported: REQUEST_RESPONSE$`));
    }
    expect(() => new Task(stack, 'RR', { queryExecutionId: 'q', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
  });

  test.each([1, 1000, sfn.JsonPath.numberAt('$.max')])('get results accepts maxResults %p', (maxResults) => {
    expect(() => new tasks.AthenaGetQueryResults(stack, 'T', { queryExecutionId: 'q', maxResults })).not.toThrow();
  });

  test.each([0, 1001, 2.5])('get results rejects maxResults %p', (maxResults) => {
    expect(() => new tasks.AthenaGetQueryResults(stack, 'T', { queryExecutionId: 'q', maxResults }))
      .toThrow(`test/T: 'maxResults' must be a whole number from 1 to 1000, got ${maxResults}`);
  });
});
