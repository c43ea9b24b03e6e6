// Workflows built with the library's constructs, run from the construct (fromStateMachine): the
// definition as synthesis renders it, with its Terraform references.
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { Testing } from 'cdktf';
import { EXAMPLES } from '../../examples/main';
import { Duration, sfn, testing } from '../../src';
import { newStack, synthMachine } from '../util/synth';

describe('LocalRunner.fromStateMachine', () => {
  test('runs the definition synthesis writes, references as ${...} text unless given values', async () => {
    const stack = newStack();
    const bucket = new S3Bucket(stack, 'Files', {});
    const map = new sfn.DistributedMap(stack, 'Each file', {
      itemReader: new sfn.S3JsonItemReader({ bucket, key: 'files.json', maxItems: 2 }),
      itemSelector: { file: sfn.JsonPath.stringAt('$$.Map.Item.Value.key'), index: sfn.JsonPath.numberAt('$$.Map.Item.Index') },
      resultPath: '$.files',
    }).itemProcessor(new sfn.Pass(stack, 'Read', { parameters: { 'name.$': "States.Format('{}#{}', $.file, $.index)" } as any }));
    const wait = new sfn.Wait(stack, 'Settle', { time: sfn.WaitTime.duration(Duration.minutes(2)) });
    const machine = new sfn.StateMachine(stack, 'Files flow', { definitionBody: sfn.DefinitionBody.fromChainable(map.next(wait)) });

    const runner = testing.LocalRunner.fromStateMachine(machine);
    expect(runner.definition).toEqual(synthMachine(stack).definition);
    expect(runner.definition.States['Each file'].ItemReader.Parameters.Bucket).toBe('${aws_s3_bucket.Files.bucket}');

    const run = await runner.run({ job: 1 }, { itemReaders: { 'Each file': [{ key: 'a' }, { key: 'b' }, { key: 'c' }] } });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toEqual({ job: 1, files: [{ name: 'a#0' }, { name: 'b#1' }] });
    expect(run.path).toEqual(['Each file', 'Read', 'Read', 'Settle']);
    expect(run.states[3].waitSeconds).toBe(120);

    const filled = testing.LocalRunner.fromStateMachine(machine, { references: { 'aws_s3_bucket.Files.bucket': 'my-files' } });
    expect(filled.definition.States['Each file'].ItemReader.Parameters.Bucket).toBe('my-files');
  });

  test('a JSONata workflow with variables, a Choice and a Fail', async () => {
    const stack = newStack();
    const count = sfn.Pass.jsonata(stack, 'Count', { assign: { total: '{% $count($states.input.items) %}' } });
    const check = sfn.Choice.jsonata(stack, 'Enough?')
      .when(sfn.Condition.jsonata('{% $total >= 2 %}'), sfn.Succeed.jsonata(stack, 'Enough', { outputs: { total: '{% $total %}' } }))
      .otherwise(sfn.Fail.jsonata(stack, 'Too few', { error: 'Items.TooFew', cause: "{% 'only ' & $string($total) %}" }));
    const machine = new sfn.StateMachine(stack, 'Count flow', { queryLanguage: sfn.QueryLanguage.JSONATA, definitionBody: sfn.DefinitionBody.fromChainable(count.next(check)) });
    const runner = testing.LocalRunner.fromStateMachine(machine);
    expect(await runner.run({ items: [1, 2, 3] })).toMatchObject({ status: 'SUCCEEDED', output: { total: 3 }, path: ['Count', 'Enough?', 'Enough'] });
    expect(await runner.run({ items: [1] })).toMatchObject({ status: 'FAILED', error: 'Items.TooFew', cause: 'only 1' });
  });
});

test('every state machine of the examples has local-run tests (examples-services, examples-services-more, examples-services-emr, examples-flow)', () => {
  const covered = [
    'paths/Paths', 'lambda/Orders', 'dynamodb/MessageFlow', 'messaging/Messaging', 'stepfunctions/Child', 'stepfunctions/Parent',
    'job-poller/JobPoller', 'apigateway/ApiCalls', 'http/HttpCalls', 'http/IssueLabeller', 'aws-sdk/AwsSdk', 'eventbridge/EventBridge',
    'eventbridge/Scheduler', 'evaluate-expression/StateMachine', 'aws-sdk-cross-region/StateMachine', 'batch/Reports', 'eks/Kubernetes',
    // examples-services-more
    'athena/DailySales', 'bedrock/Models', 'codebuild/Builds', 'ecs/Ec2Workflow', 'ecs/FargateWorkflow', 'glue/LoadEvents', 'mediaconvert/Transcoding',
    // examples-services-emr
    'emr/Nightly', 'emr/Adhoc', 'emr-steps/Nightly', 'emr-steps/Teardown', 'emr-containers/SparkJob', 'emr-containers/OneOffCluster',
    'sagemaker/Training', 'sagemaker/Inference',
  ];
  const app = Testing.app();
  const found = Object.entries(EXAMPLES).flatMap(([name, Stack]) => new Stack(app, name).node.findAll()
    .filter((c) => c instanceof sfn.StateMachine).map((c) => c.node.path));
  expect(found.sort()).toEqual([...covered].sort());
});
