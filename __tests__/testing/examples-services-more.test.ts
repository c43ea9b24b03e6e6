// The example workflows of the analytics, build, container and media integrations (athena, bedrock,
// codebuild, ecs, glue, mediaconvert), run locally: the main path with realistic service responses, the
// effective input each task receives, and the error paths (Catch, a failing task without Catch, missing
// input data).
import { entered, error, exampleRunner, recording, result } from './run-example';

describe('example athena (DailySales)', () => {
  const runner = exampleRunner('athena', 'DailySales');
  const input = { parameters: ["'2025-05-01'"] };
  const execution = { QueryExecution: { QueryExecutionId: 'q-1', Status: { State: 'SUCCEEDED' }, Statistics: { DataScannedInBytes: 1024 } } };
  const rows = { ResultSet: { Rows: [{ Data: [{ VarCharValue: 'region' }, { VarCharValue: '_col1' }] }, { Data: [{ VarCharValue: 'eu' }, { VarCharValue: '42' }] }] }, UpdateCount: 0 };

  test('main path: the query runs with the input parameters, its id is selected and read by the next two tasks', async () => {
    const { mocks, inputs } = recording({ 'Start query': execution, 'Get query status': execution, 'Get query results': rows });
    const run = await runner.run(input, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Start query', 'Get query status', 'Get query results']);
    expect(inputs['Start query']).toEqual({
      QueryString: 'SELECT region, sum(amount) FROM orders WHERE day = ? GROUP BY region',
      QueryExecutionContext: { Database: '${aws_glue_catalog_database.Database.name}' },
      ResultConfiguration: {
        EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: '${aws_kms_key.ResultsKey.arn}' },
        OutputLocation: 's3://${aws_s3_bucket.Results.bucket}/daily/',
      },
      WorkGroup: '${aws_athena_workgroup.WorkGroup.name}',
      ExecutionParameters: ["'2025-05-01'"],
      ResultReuseConfiguration: { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: 60 } },
    });
    expect(entered(run, 'Start query').output).toEqual({ ...input, query: { id: 'q-1' } });
    expect(inputs['Get query status']).toEqual({ QueryExecutionId: 'q-1' });
    expect(inputs['Get query results']).toEqual({ QueryExecutionId: 'q-1', MaxResults: 100 });
    expect(run.output).toEqual({ ...input, query: { id: 'q-1' }, status: execution, results: rows });
  });

  test('Catch: reading the results fails, the query is stopped and the output keeps the query id and the error', async () => {
    const { mocks, inputs } = recording({ 'Start query': execution, 'Get query status': execution, 'Stop query': {} });
    mocks['Get query results'] = error('Athena.InvalidRequestException', 'Query has not yet finished');
    const run = await runner.run(input, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Start query', 'Get query status', 'Get query results', 'Stop query']);
    expect(entered(run, 'Get query results')).toMatchObject({ error: 'Athena.InvalidRequestException', caughtBy: 'Stop query' });
    expect(inputs['Stop query']).toEqual({ QueryExecutionId: 'q-1' });
    const caught = { Error: 'Athena.InvalidRequestException', Cause: 'Query has not yet finished' };
    expect(entered(run, 'Stop query').input).toEqual({ ...input, query: { id: 'q-1' }, status: execution, error: caught });
    expect(run.output).toEqual({ ...input, query: { id: 'q-1' }, status: execution, error: caught });
  });

  test('error paths: a failed query and a failed status read are not caught; no parameters fails at once', async () => {
    const failed = await runner.run(input, { mocks: { 'Start query': error('States.TaskFailed', 'FAILED: SYNTAX_ERROR') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'FAILED: SYNTAX_ERROR', path: ['Start query'] });
    const status = await runner.run(input, { mocks: { 'Start query': result(execution), 'Get query status': error('Athena.TooManyRequestsException') } });
    expect(status).toMatchObject({ status: 'FAILED', error: 'Athena.TooManyRequestsException', path: ['Start query', 'Get query status'] });
    const noParameters = await runner.run({}, { mocks: { 'Start query': result(execution) } });
    expect(noParameters).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(noParameters.cause).toContain('$.parameters');
  });

  test('a result without the query id fails ResultSelector with States.Runtime', async () => {
    const run = await runner.run(input, { mocks: { 'Start query': result({ QueryExecution: {} }) } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(run.cause).toContain('$.QueryExecution.QueryExecutionId');
  });
});

describe('example bedrock (Models)', () => {
  const runner = exampleRunner('bedrock', 'Models');
  const titan = { Body: { inputTextTokenCount: 9, results: [{ tokenCount: 12, outputText: 'Ada, Alan, Grace, Edsger, Barbara', completionReason: 'FINISH' }] }, ContentType: 'application/json' };
  const job = { jobArn: 'arn:aws:bedrock:us-east-1:123456789012:model-customization-job/abc', jobName: 'names-e-1', status: 'Completed', outputModelArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/xyz' };

  test('main path: the prompt with its guardrail, the S3 prompt in JSONata, the fine-tuning job named after the execution', async () => {
    const { mocks, inputs } = recording({ 'Prompt Model': titan, 'Prompt Model from S3': { ContentType: 'application/json' }, 'Fine-tune Model': job });
    const run = await runner.run({ request: 'names' }, { mocks, executionName: 'e-1' });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Prompt Model', 'Prompt Model from S3', 'Fine-tune Model']);
    expect(inputs['Prompt Model']).toEqual({
      ModelId: '${data.aws_bedrock_foundation_model.Model.model_arn}',
      Body: { inputText: 'Generate a list of five first names.', textGenerationConfig: { maxTokenCount: 100, temperature: 1 } },
      GuardrailIdentifier: '${aws_bedrock_guardrail.Guardrail.guardrail_arn}',
      GuardrailVersion: '1',
    });
    expect(entered(run, 'Prompt Model').output).toEqual({ request: 'names', generated: { names: 'Ada, Alan, Grace, Edsger, Barbara' } });
    expect(inputs['Prompt Model from S3']).toEqual({
      ModelId: 'arn:${data.aws_partition.current_partition.partition}:bedrock:${data.aws_region.current_region.region}::foundation-model/amazon.titan-text-express-v1',
      Input: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/prompts/names.json' },
      Output: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/answers/names.json' },
    });
    // a JSONata Task without Output outputs its result: the generated names do not go on
    expect(entered(run, 'Fine-tune Model').input).toEqual({ ContentType: 'application/json' });
    expect(inputs['Fine-tune Model']).toMatchObject({
      BaseModelIdentifier: '${data.aws_bedrock_foundation_model.Model.model_arn}',
      CustomizationType: 'FINE_TUNING',
      JobName: 'names-e-1',
      TrainingDataConfig: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/training/data.jsonl' },
      ValidationDataConfig: { Validators: [{ S3Uri: 's3://${aws_s3_bucket.Data.bucket}/validation/data.jsonl' }] },
      OutputDataConfig: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/output' },
      RoleArn: '${aws_iam_role.Fine-tuneModel_BedrockRole_93A02A77.arn}',
    });
    expect(run.output).toEqual(job);
  });

  test('error paths: the guardrail or the model refuses, an answer without results, a failed fine-tuning job', async () => {
    const refused = await runner.run({}, { mocks: { 'Prompt Model': error('Bedrock.ValidationException', 'Malformed input request') } });
    expect(refused).toMatchObject({ status: 'FAILED', error: 'Bedrock.ValidationException', path: ['Prompt Model'] });
    const empty = await runner.run({}, { mocks: { 'Prompt Model': result({ Body: { results: [] } }) } });
    expect(empty).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(empty.cause).toContain('$.Body.results[0].outputText');
    const s3 = await runner.run({}, { mocks: { 'Prompt Model': result(titan), 'Prompt Model from S3': error('Bedrock.AccessDeniedException', 'no access to the bucket') } });
    expect(s3).toMatchObject({ status: 'FAILED', error: 'Bedrock.AccessDeniedException', path: ['Prompt Model', 'Prompt Model from S3'] });
    const tuning = await runner.run({}, {
      mocks: { 'Prompt Model': result(titan), 'Prompt Model from S3': result({}), 'Fine-tune Model': error('States.TaskFailed', 'the job Failed: validation data has no rows') },
    });
    expect(tuning).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'the job Failed: validation data has no rows' });
  });
});

describe('example codebuild (Builds)', () => {
  const runner = exampleRunner('codebuild', 'Builds');
  const input = { envVariables: { zone: 'eu-west-1a' } };
  const build = { Build: { Id: 'example-project:1b2c', BuildNumber: 7, BuildStatus: 'SUCCEEDED', CurrentPhase: 'COMPLETED' } };
  const batch = { BuildBatch: { Id: 'example-project:9f8e', BuildBatchStatus: 'SUCCEEDED' } };

  test('main path: the zone from the input overrides the environment, the build goes to $.build, the batch ends', async () => {
    const { mocks, inputs } = recording({ 'Build project': build, 'Build batch': batch });
    const run = await runner.run(input, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Build project', 'Build batch']);
    expect(inputs['Build project']).toEqual({
      ProjectName: '${aws_codebuild_project.Project.name}',
      EnvironmentVariablesOverride: [{ Name: 'ZONE', Type: 'PLAINTEXT', Value: 'eu-west-1a' }],
    });
    expect(entered(run, 'Build project').output).toEqual({ ...input, build });
    expect(inputs['Build batch']).toEqual({
      ProjectName: '${aws_codebuild_project.Project.name}',
      EnvironmentVariablesOverride: [{ Name: 'test', Type: 'PLAINTEXT', Value: 'testValue' }],
    });
    expect(run.output).toEqual(batch);
  });

  test('error paths: a failed build stops the run before the batch; an input without the zone fails at once', async () => {
    const failed = await runner.run(input, { mocks: { 'Build project': error('States.TaskFailed', 'Build FAILED in phase BUILD') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', path: ['Build project'] });
    const batchFailed = await runner.run(input, { mocks: { 'Build project': result(build), 'Build batch': error('CodeBuild.AccountLimitExceededException') } });
    expect(batchFailed).toMatchObject({ status: 'FAILED', error: 'CodeBuild.AccountLimitExceededException' });
    const noZone = await runner.run({}, { mocks: { 'Build project': result(build) } });
    expect(noZone).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(noZone.cause).toContain('$.envVariables.zone');
  });
});

describe('example ecs (Ec2Workflow, FargateWorkflow)', () => {
  const stopped = { Tasks: [{ TaskArn: 'arn:aws:ecs:us-east-1:123456789012:task/example/abc', LastStatus: 'STOPPED', StopCode: 'EssentialContainerExited', Containers: [{ Name: 'TheContainer', ExitCode: 0 }] }], Failures: [] };

  test('EC2: the placement rules go to RunTask as written; the task description is the output', async () => {
    const { mocks, inputs } = recording({ 'Run on EC2': stopped });
    const run = await exampleRunner('ecs', 'Ec2Workflow').run({ any: 1 }, { mocks });
    expect(run).toMatchObject({ status: 'SUCCEEDED', path: ['Run on EC2'], output: stopped });
    expect(inputs['Run on EC2']).toEqual({
      Cluster: '${aws_ecs_cluster.Cluster.arn}',
      TaskDefinition: '${aws_ecs_task_definition.Ec2TaskDefinition.family}',
      PropagateTags: 'TASK_DEFINITION',
      LaunchType: 'EC2',
      PlacementConstraints: [{ Type: 'memberOf', Expression: 'attribute:ecs.instance-type =~ t3.*' }],
      PlacementStrategy: [{ Type: 'spread', Field: 'instanceId' }, { Type: 'binpack', Field: 'CPU' }, { Type: 'random' }],
    });
  });

  test('Fargate: the container environment takes SOME_KEY from the input', async () => {
    const { mocks, inputs } = recording({ 'Run on Fargate': stopped });
    const run = await exampleRunner('ecs', 'FargateWorkflow').run({ SomeKey: 'some-value' }, { mocks });
    expect(run).toMatchObject({ status: 'SUCCEEDED', path: ['Run on Fargate'], output: stopped });
    expect(inputs['Run on Fargate']).toMatchObject({
      LaunchType: 'FARGATE',
      PlatformVersion: '1.4.0',
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['${aws_subnet.PrivateA.id}', '${aws_subnet.PrivateB.id}'], AssignPublicIp: 'DISABLED' } },
      Overrides: { ContainerOverrides: [{ Name: 'TheContainer', Environment: [{ Name: 'SOME_KEY', Value: 'some-value' }] }] },
    });
  });

  test('error paths: a container that exits non-zero, capacity errors, an input without SomeKey', async () => {
    const ec2 = await exampleRunner('ecs', 'Ec2Workflow').run({}, { mocks: { 'Run on EC2': error('ECS.AmazonECSException', 'No Container Instances were found in your cluster.') } });
    expect(ec2).toMatchObject({ status: 'FAILED', error: 'ECS.AmazonECSException' });
    const fargate = exampleRunner('ecs', 'FargateWorkflow');
    const exited = await fargate.run({ SomeKey: 'v' }, { mocks: { 'Run on Fargate': error('States.TaskFailed', 'Essential container in task exited') } });
    expect(exited).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'Essential container in task exited' });
    const noKey = await fargate.run({}, { mocks: { 'Run on Fargate': result(stopped) } });
    expect(noKey).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(noKey.cause).toContain('$.SomeKey');
  });
});

describe('example glue (LoadEvents)', () => {
  const runner = exampleRunner('glue', 'LoadEvents');
  const input = { day: '2025-05-01' };
  const jobRun = { Id: 'jr_0123', JobName: 'example-load-events', JobRunState: 'SUCCEEDED', ExecutionTime: 95 };
  const brew = { Name: 'example-clean-customers', RunId: 'db_456', State: 'SUCCEEDED' };

  test('main path: the crawler result is discarded, the day goes to the job, its run id and the DataBrew run are kept', async () => {
    const { mocks, inputs } = recording({ 'Crawl landing zone': {}, 'Load events': jobRun, 'Clean customers': brew });
    const run = await runner.run(input, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Crawl landing zone', 'Load events', 'Clean customers']);
    expect(inputs['Crawl landing zone']).toEqual({ Name: '${aws_glue_crawler.Crawler.name}' });
    expect(entered(run, 'Crawl landing zone').output).toEqual(input);
    expect(inputs['Load events']).toEqual({
      JobName: '${aws_glue_job.Job.name}',
      Arguments: { '--day': '2025-05-01' },
      Timeout: 120,
      NotificationProperty: { NotifyDelayAfter: 30 },
      WorkerType: 'G.1X',
      NumberOfWorkers: 4,
      ExecutionClass: 'FLEX',
    });
    expect(inputs['Clean customers']).toEqual({ Name: 'example-clean-customers' });
    expect(run.output).toEqual({ ...input, load: { runId: 'jr_0123' }, clean: brew });
  });

  test('error paths: the crawler already running, a failed job run, a day missing from the input', async () => {
    const crawling = await runner.run(input, { mocks: { 'Crawl landing zone': error('Glue.CrawlerRunningException', 'Crawler with name example is already running') } });
    expect(crawling).toMatchObject({ status: 'FAILED', error: 'Glue.CrawlerRunningException', path: ['Crawl landing zone'] });
    const failed = await runner.run(input, { mocks: { 'Crawl landing zone': result({}), 'Load events': error('States.TaskFailed', 'JobRunState FAILED') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', path: ['Crawl landing zone', 'Load events'] });
    const timedOut = await runner.run(input, { mocks: { 'Crawl landing zone': result({}), 'Load events': result(jobRun), 'Clean customers': error('States.TaskFailed', 'TIMEOUT') } });
    expect(timedOut).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'TIMEOUT' });
    const noDay = await runner.run({}, { mocks: { 'Crawl landing zone': result({}) } });
    expect(noDay).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(noDay.cause).toContain('$.day');
  });
});

describe('example mediaconvert (Transcoding)', () => {
  const runner = exampleRunner('mediaconvert', 'Transcoding');
  const job = { Job: { Id: '1700000000000-abc123', Status: 'COMPLETE', Arn: 'arn:aws:mediaconvert:us-east-1:123456789012:jobs/1700000000000-abc123' } };

  test('main path: the source file from the input is the job input; the id and status are selected', async () => {
    const { mocks, inputs } = recording({ 'Create job': job });
    const run = await runner.run({ sourceFile: 's3://example-source/clip.mov' }, { mocks });
    expect(run).toMatchObject({ status: 'SUCCEEDED', path: ['Create job'], output: { jobId: '1700000000000-abc123', status: 'COMPLETE' } });
    expect(inputs['Create job'].Role).toBe('${aws_iam_role.MediaConvertRole.arn}');
    expect(inputs['Create job'].Settings.Inputs).toEqual([{ AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } }, FileInput: 's3://example-source/clip.mov' }]);
    expect(inputs['Create job'].Settings.OutputGroups[0].OutputGroupSettings).toEqual({ Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://example-destination-bucket/' } });
  });

  test('error paths: a job that ends in ERROR, and an input without the source file', async () => {
    const failed = await runner.run({ sourceFile: 's3://example-source/broken.mov' }, { mocks: { 'Create job': error('States.TaskFailed', 'Job status ERROR: unsupported codec') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'Job status ERROR: unsupported codec' });
    const noFile = await runner.run({}, { mocks: { 'Create job': result(job) } });
    expect(noFile).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(noFile.cause).toContain('$.sourceFile');
  });
});
