// The state machine's checks of machine type and query language apply to the CodeBuild, MediaConvert
// and Bedrock tasks like to every task.
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';

const PROJECT = { name: 'app', arn: 'arn:aws:codebuild:us-east-1:123456789012:project/app' };
const JOB = {
  baseModel: { modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1' },
  role: { arn: 'arn:aws:iam::123456789012:role/r', name: 'r' },
  customModelName: 'm',
  jobName: 'j',
  trainingData: { bucket: { bucket: 'b', arn: 'arn:aws:s3:::b' } },
  outputData: { bucket: { bucket: 'b', arn: 'arn:aws:s3:::b' } },
  hyperParameters: { 'Evaluation percentage': '10' },
};
const machine = (chain: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}) => () =>
  new sfn.StateMachine((chain as any).node.scope, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain), ...props });

describe('machine checks on the CodeBuild, MediaConvert and Bedrock tasks', () => {
  test.each([
    ['CodeBuildStartBuild', (s: any, pattern: sfn.IntegrationPattern) => new tasks.CodeBuildStartBuild(s, 'T', { project: PROJECT, integrationPattern: pattern })],
    ['CodeBuildStartBuildBatch', (s: any, pattern: sfn.IntegrationPattern) => new tasks.CodeBuildStartBuildBatch(s, 'T', { project: PROJECT, integrationPattern: pattern })],
    ['MediaConvertCreateJob', (s: any, pattern: sfn.IntegrationPattern) => new tasks.MediaConvertCreateJob(s, 'T', { createJobRequest: { Role: 'arn:aws:iam::1:role/r', Settings: {} }, integrationPattern: pattern })],
    ['BedrockCreateModelCustomizationJob', (s: any, pattern: sfn.IntegrationPattern) => new tasks.BedrockCreateModelCustomizationJob(s, 'T', { ...JOB, integrationPattern: pattern })],
  ])('an EXPRESS machine refuses %s with RUN_JOB and accepts REQUEST_RESPONSE', (_name, build) => {
    expect(machine(build(newStack(), sfn.IntegrationPattern.RUN_JOB), { stateMachineType: sfn.StateMachineType.EXPRESS }))
      .toThrow(/state 'T' uses IntegrationPattern.RUN_JOB \(.sync\), which the EXPRESS state machine/);
    expect(machine(build(newStack(), sfn.IntegrationPattern.REQUEST_RESPONSE), { stateMachineType: sfn.StateMachineType.EXPRESS })).not.toThrow();
  });

  test('a JsonPath reference in a JSONata task is refused, a JSONata expression accepted', () => {
    const bad = tasks.BedrockInvokeModel.jsonata(newStack(), 'T', {
      model: { modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/m' },
      body: sfn.TaskInput.fromObject({ inputText: sfn.JsonPath.stringAt('$.text') }),
    });
    expect(machine(bad)).toThrow(/state 'T' .*JSONPath/);
    const good = tasks.MediaConvertCreateJob.jsonata(newStack(), 'T', { createJobRequest: { Role: '{% $states.input.role %}', Settings: {} } });
    expect(machine(good)).not.toThrow();
  });
});
