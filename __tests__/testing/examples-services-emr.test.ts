// The example workflows of EMR (clusters, steps, EMR on EKS) and SageMaker, run locally: the main path
// with realistic service responses, the effective input each task receives, and the error paths (Catch,
// a failing task without Catch, missing input data).
import { entered, error, exampleRunner, recording, result } from './run-example';

describe('example emr (Nightly, Adhoc)', () => {
  const created = { ClusterId: 'j-2AXXXXXXGAPLF', ClusterArn: 'arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-2AXXXXXXGAPLF' };

  test('Nightly main path: the cluster is named from the input, its id selected into $.cluster', async () => {
    const { mocks, inputs } = recording({ 'Create cluster': created });
    const run = await exampleRunner('emr', 'Nightly').run({ clusterName: 'nightly-2025-05-01' }, { mocks });
    expect(run).toMatchObject({ status: 'SUCCEEDED', path: ['Create cluster'] });
    expect(run.output).toEqual({ clusterName: 'nightly-2025-05-01', cluster: { clusterId: 'j-2AXXXXXXGAPLF' } });
    expect(inputs['Create cluster']).toMatchObject({
      Name: 'nightly-2025-05-01',
      ReleaseLabel: 'emr-7.2.0',
      Applications: [{ Name: 'Spark' }, { Name: 'Hadoop' }],
      JobFlowRole: '${aws_iam_instance_profile.Createcluster_InstanceProfile_FAACE1C1.name}',
      ServiceRole: '${aws_iam_role.Createcluster_ServiceRole_26540D82.name}',
      Instances: { Ec2SubnetId: 'subnet-0123456789abcdef0', KeepJobFlowAliveWhenNoSteps: true },
      AutoTerminationPolicy: { IdleTimeout: 3600 },
    });
    expect(inputs['Create cluster'].Instances.InstanceGroups.map((g: any) => [g.InstanceRole, g.InstanceCount])).toEqual([['MASTER', 1], ['CORE', 2]]);
  });

  test('Nightly error paths: the cluster fails to start; no cluster name; a result without the id', async () => {
    const runner = exampleRunner('emr', 'Nightly');
    const failed = await runner.run({ clusterName: 'n' }, { mocks: { 'Create cluster': error('States.TaskFailed', 'TERMINATED_WITH_ERRORS: VALIDATION_ERROR') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'TERMINATED_WITH_ERRORS: VALIDATION_ERROR' });
    const noName = await runner.run({}, { mocks: { 'Create cluster': result(created) } });
    expect(noName).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(noName.cause).toContain('$.clusterName');
    const noId = await runner.run({ clusterName: 'n' }, { mocks: { 'Create cluster': result({}) } });
    expect(noId).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  test('Adhoc main path (JSONata): the name from $states.input, the Output keeps only the cluster id', async () => {
    const { mocks, inputs } = recording({ 'Create fleet cluster': created });
    const run = await exampleRunner('emr', 'Adhoc').run({ clusterName: 'adhoc-1' }, { mocks });
    expect(run).toMatchObject({ status: 'SUCCEEDED', path: ['Create fleet cluster'], output: { clusterId: 'j-2AXXXXXXGAPLF' } });
    expect(inputs['Create fleet cluster']).toMatchObject({
      Name: 'adhoc-1',
      JobFlowRole: '${aws_iam_role.EmrInstanceRole.name}',
      Instances: { Ec2SubnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'], KeepJobFlowAliveWhenNoSteps: true },
    });
    expect(inputs['Create fleet cluster'].Instances.InstanceFleets.map((f: any) => f.InstanceFleetType)).toEqual(['MASTER', 'CORE']);
  });

  test('Adhoc error paths: the service refuses the fleet or throttles', async () => {
    const runner = exampleRunner('emr', 'Adhoc');
    const refused = await runner.run({ clusterName: 'a' }, { mocks: { 'Create fleet cluster': error('EMR.ValidationException', 'Instance type m5.2xlarge is not supported') } });
    expect(refused).toMatchObject({ status: 'FAILED', error: 'EMR.ValidationException', path: ['Create fleet cluster'] });
    const capacity = await runner.run({ clusterName: 'a' }, { mocks: { 'Create fleet cluster': error('EMR.ThrottlingException', 'Rate exceeded') } });
    expect(capacity).toMatchObject({ status: 'FAILED', error: 'EMR.ThrottlingException', cause: 'Rate exceeded' });
  });
});

describe('example emr-steps (Nightly, Teardown)', () => {
  const CLUSTER = '${var.emr_cluster_id}';
  const step = { Step: { Id: 's-1ABC', Name: 'aggregate-day', Status: { State: 'COMPLETED' } } };

  test('Nightly main path: protect, grow to the input node count, run the step into $.step, shrink', async () => {
    const { mocks, inputs } = recording({ 'Protect cluster': {}, 'Grow core group': {}, 'Aggregate day': step, 'Shrink core group': {} });
    const run = await exampleRunner('emr-steps', 'Nightly').run({ coreNodes: 8 }, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Protect cluster', 'Grow core group', 'Aggregate day', 'Shrink core group']);
    expect(inputs['Protect cluster']).toEqual({ ClusterId: CLUSTER, TerminationProtected: true });
    expect(inputs['Grow core group']).toEqual({ ClusterId: CLUSTER, InstanceGroupName: 'core', InstanceGroup: { InstanceCount: 8 } });
    expect(inputs['Aggregate day']).toMatchObject({
      ClusterId: CLUSTER,
      ExecutionRoleArn: '${aws_iam_role.StepRuntimeRole.arn}',
      Step: { Name: 'aggregate-day', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'command-runner.jar', Args: ['spark-submit', '--deploy-mode', 'cluster', 's3://example-jobs/aggregate.py'] } },
    });
    expect(inputs['Shrink core group']).toEqual({ ClusterId: CLUSTER, InstanceGroupName: 'core', InstanceGroup: { InstanceCount: 1, ShrinkPolicy: { DecommissionTimeout: 600 } } });
    expect(run.output).toEqual({ coreNodes: 8, step });
  });

  test('Nightly Catch: a failed step still shrinks the group, the error kept at $.error', async () => {
    const { mocks } = recording({ 'Protect cluster': {}, 'Grow core group': {}, 'Shrink core group': {} });
    mocks['Aggregate day'] = error('States.TaskFailed', 'Step s-1ABC FAILED');
    const run = await exampleRunner('emr-steps', 'Nightly').run({ coreNodes: 8 }, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Protect cluster', 'Grow core group', 'Aggregate day', 'Shrink core group']);
    expect(entered(run, 'Aggregate day')).toMatchObject({ error: 'States.TaskFailed', caughtBy: 'Shrink core group' });
    expect(run.output).toEqual({ coreNodes: 8, error: { Error: 'States.TaskFailed', Cause: 'Step s-1ABC FAILED' } });
  });

  test('Nightly error paths before the Catch: protection refused; no node count (the group is never grown)', async () => {
    const runner = exampleRunner('emr-steps', 'Nightly');
    const refused = await runner.run({ coreNodes: 8 }, { mocks: { 'Protect cluster': error('EMR.InvalidRequestException', 'cluster is terminating') } });
    expect(refused).toMatchObject({ status: 'FAILED', error: 'EMR.InvalidRequestException', path: ['Protect cluster'] });
    const noNodes = await runner.run({}, { mocks: { 'Protect cluster': result({}) } });
    expect(noNodes).toMatchObject({ status: 'FAILED', error: 'States.Runtime', path: ['Protect cluster', 'Grow core group'] });
    expect(noNodes.cause).toContain('$.coreNodes');
  });

  test('Teardown main path (JSONata): each step reads the cluster and step ids of the input its Output keeps', async () => {
    const { mocks, inputs } = recording({ 'Cancel running step': { CancelStepsInfoList: [{ StepId: 's-1ABC', Status: 'SUBMITTED' }] }, 'Drop Spot capacity': {}, 'Lift protection': {}, 'Terminate cluster': {} });
    const input = { clusterId: 'j-2AXXXXXXGAPLF', stepId: 's-1ABC' };
    const run = await exampleRunner('emr-steps', 'Teardown').run(input, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Cancel running step', 'Drop Spot capacity', 'Lift protection', 'Terminate cluster']);
    expect(inputs['Cancel running step']).toEqual({ ClusterId: 'j-2AXXXXXXGAPLF', StepId: 's-1ABC' });
    expect(entered(run, 'Cancel running step').output).toEqual(input);
    expect(inputs['Drop Spot capacity']).toEqual({ ClusterId: 'j-2AXXXXXXGAPLF', InstanceFleetName: 'task', InstanceFleet: { TargetOnDemandCapacity: 0, TargetSpotCapacity: 0 } });
    expect(inputs['Lift protection']).toEqual({ ClusterId: 'j-2AXXXXXXGAPLF', TerminationProtected: false });
    expect(inputs['Terminate cluster']).toEqual({ ClusterId: 'j-2AXXXXXXGAPLF' });
    expect(run.output).toEqual({});
  });

  test('Teardown error paths: the step cannot be cancelled, the protection stays, the cluster fails to terminate', async () => {
    const runner = exampleRunner('emr-steps', 'Teardown');
    const failed = await runner.run({ clusterId: 'j-1', stepId: 's-1' }, { mocks: { 'Cancel running step': error('EMR.InternalServerError') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'EMR.InternalServerError', path: ['Cancel running step'] });
    const terminate = await runner.run({ clusterId: 'j-1', stepId: 's-1' }, {
      mocks: { 'Cancel running step': result({}), 'Drop Spot capacity': result({}), 'Lift protection': result({}), 'Terminate cluster': error('States.TaskFailed', 'TERMINATED_WITH_ERRORS') },
    });
    expect(terminate).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
    const protectedStill = await runner.run({ clusterId: 'j-1', stepId: 's-1' }, {
      mocks: { 'Cancel running step': result({}), 'Drop Spot capacity': result({}), 'Lift protection': error('EMR.InvalidRequestException', 'cluster j-1 is not running') },
    });
    expect(protectedStill).toMatchObject({ status: 'FAILED', error: 'EMR.InvalidRequestException', path: ['Cancel running step', 'Drop Spot capacity', 'Lift protection'] });
  });
});

describe('example emr-containers (SparkJob, OneOffCluster)', () => {
  const jobRun = { Id: '000000031s5ouvq3ql1', Name: 'pi', VirtualClusterId: 'vc0123456789', State: 'COMPLETED', ReleaseLabel: 'emr-6.2.0-latest' };

  test('SparkJob main path: the job on the virtual cluster, its id and state selected', async () => {
    const { mocks, inputs } = recording({ 'Spark job': jobRun });
    const run = await exampleRunner('emr-containers', 'SparkJob').run({}, { mocks });
    expect(run).toMatchObject({ status: 'SUCCEEDED', path: ['Spark job'], output: { jobRunId: '000000031s5ouvq3ql1', state: 'COMPLETED' } });
    expect(inputs['Spark job']).toMatchObject({
      VirtualClusterId: '${aws_emrcontainers_virtual_cluster.VirtualCluster.id}',
      Name: 'pi',
      ReleaseLabel: 'emr-6.2.0-latest',
      JobDriver: { SparkSubmitJobDriver: { EntryPoint: 'local:///usr/lib/spark/examples/src/main/python/pi.py' } },
    });
  });

  test('SparkJob error path: the job run FAILED', async () => {
    const run = await exampleRunner('emr-containers', 'SparkJob').run({}, { mocks: { 'Spark job': error('States.TaskFailed', 'Job run FAILED: USER_ERROR') } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'Job run FAILED: USER_ERROR' });
  });

  test('OneOffCluster main path: a cluster with a valid name, the job on its id, the cluster deleted', async () => {
    const cluster = { Id: 'vc0123456789', Name: 'e-1-spark', Arn: 'arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/vc0123456789' };
    const { mocks, inputs } = recording({ 'Create a virtual cluster': cluster, 'Run the job': jobRun, 'Delete the virtual cluster': { Id: 'vc0123456789' } });
    const run = await exampleRunner('emr-containers', 'OneOffCluster').run({}, { mocks, executionName: 'e-1' });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Create a virtual cluster', 'Run the job', 'Delete the virtual cluster']);
    // CreateVirtualCluster takes names of [.\-_/#A-Za-z0-9]+ only
    expect(inputs['Create a virtual cluster'].Name).toMatch(/^[.\-_/#A-Za-z0-9]{1,64}$/);
    expect(inputs['Create a virtual cluster']).toEqual({
      Name: 'e-1-spark',
      ContainerProvider: { Id: '${aws_eks_cluster.Cluster.name}', Info: { EksInfo: { Namespace: 'spark' } }, Type: 'EKS' },
    });
    expect(inputs['Run the job']).toMatchObject({ VirtualClusterId: 'vc0123456789', JobDriver: { SparkSubmitJobDriver: { EntryPointArguments: ['100'] } } });
    expect(entered(run, 'Run the job').output).toEqual({ cluster });
    expect(inputs['Delete the virtual cluster']).toEqual({ Id: 'vc0123456789' });
    expect(run.output).toEqual({ Id: 'vc0123456789' });
  });

  test('OneOffCluster error paths: the namespace is not set up; the job fails (and the run ends before the delete)', async () => {
    const runner = exampleRunner('emr-containers', 'OneOffCluster');
    const refused = await runner.run({}, { mocks: { 'Create a virtual cluster': error('EMRContainers.ValidationException', 'namespace spark not found') } });
    expect(refused).toMatchObject({ status: 'FAILED', error: 'EMRContainers.ValidationException', path: ['Create a virtual cluster'] });
    const failed = await runner.run({}, { mocks: { 'Create a virtual cluster': result({ Id: 'vc1' }), 'Run the job': error('States.TaskFailed', 'FAILED') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', path: ['Create a virtual cluster', 'Run the job'] });
  });
});

describe('example sagemaker (Training, Inference)', () => {
  const training = {
    TrainingJobName: 'names-1',
    TrainingJobStatus: 'Completed',
    ModelArtifacts: { S3ModelArtifacts: 's3://example-data/models/names-1/output/model.tar.gz' },
    AlgorithmSpecification: { AlgorithmName: 'BlazingText', TrainingInputMode: 'File' },
  };
  const input = { JobName: 'names-1', S3Bucket: 's3://example-data/train/', InstanceType: 'ml.m5.xlarge', Model: { imageName: '123456789012.dkr.ecr.us-east-1.amazonaws.com/blazingtext:1' }, EndpointName: 'names' };

  test('Training main path: the training job from the input, its model artifacts into the model, the endpoint config and endpoint', async () => {
    const endpoint = { EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/names' };
    const { mocks, inputs } = recording({
      'Train model': training,
      'Create model': { ModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/names-1' },
      'Create endpoint config': { EndpointConfigArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/names-1' },
      'Create endpoint': endpoint,
    });
    const run = await exampleRunner('sagemaker', 'Training').run(input, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Train model', 'Create model', 'Create endpoint config', 'Create endpoint']);
    expect(inputs['Train model']).toMatchObject({
      TrainingJobName: 'names-1',
      InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3Uri: 's3://example-data/train/', S3DataType: 'S3Prefix' } } }],
      ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 50 },
      OutputDataConfig: { S3OutputPath: 's3://${aws_s3_bucket.Data.bucket}/models/', KmsKeyId: '${aws_kms_key.ModelKey.arn}' },
    });
    expect(entered(run, 'Train model').output).toEqual({ ...input, training });
    expect(inputs['Create model']).toEqual({
      ExecutionRoleArn: '${aws_iam_role.Createmodel_SagemakerRole_4CFC8A2A.arn}',
      ModelName: 'names-1',
      PrimaryContainer: { Image: input.Model.imageName, Mode: 'SingleModel', ModelDataUrl: 's3://example-data/models/names-1/output/model.tar.gz' },
    });
    expect(inputs['Create endpoint config']).toEqual({
      EndpointConfigName: 'names-1',
      ProductionVariants: [{ InitialInstanceCount: 2, InstanceType: 'ml.m5.xlarge', ModelName: 'names-1', VariantName: 'awesome-variant' }],
    });
    expect(inputs['Create endpoint']).toEqual({ EndpointConfigName: 'names-1', EndpointName: 'names' });
    expect(run.output).toEqual(endpoint);
  });

  test('Training error paths: training fails; a result without model artifacts; a name already taken', async () => {
    const runner = exampleRunner('sagemaker', 'Training');
    const failed = await runner.run(input, { mocks: { 'Train model': error('States.TaskFailed', 'AlgorithmError: no training data') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', path: ['Train model'] });
    const noArtifacts = await runner.run(input, { mocks: { 'Train model': result({ TrainingJobStatus: 'Completed' }) } });
    expect(noArtifacts).toMatchObject({ status: 'FAILED', error: 'States.Runtime', path: ['Train model', 'Create model'] });
    expect(noArtifacts.cause).toContain('$.training.ModelArtifacts.S3ModelArtifacts');
    const taken = await runner.run(input, {
      mocks: { 'Train model': result(training), 'Create model': error('SageMaker.ValidationException', 'Cannot create already existing model') },
    });
    expect(taken).toMatchObject({ status: 'FAILED', error: 'SageMaker.ValidationException' });
  });

  test('Inference main path: the transform job result is discarded, the endpoint updated from the input', async () => {
    const { mocks, inputs } = recording({ 'Batch inference': { TransformJobName: 'batch-1', TransformJobStatus: 'Completed' }, 'Update endpoint': { EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/names' } });
    const inference = { JobName: 'batch-1', Endpoint: { Name: 'names', EndpointConfig: 'names-2' } };
    const run = await exampleRunner('sagemaker', 'Inference').run(inference, { mocks });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Batch inference', 'Update endpoint']);
    expect(inputs['Batch inference']).toMatchObject({
      TransformJobName: 'batch-1',
      ModelName: 'MyModelName',
      TransformInput: { DataSource: { S3DataSource: { S3Uri: 's3://${aws_s3_bucket.Data.bucket}/inputs/', S3DataType: 'S3Prefix' } }, SplitType: 'Line' },
    });
    expect(entered(run, 'Batch inference').output).toEqual(inference);
    expect(inputs['Update endpoint']).toEqual({ EndpointConfigName: 'names-2', EndpointName: 'names' });
    expect(run.output).toEqual({ EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/names' });
  });

  test('Inference error paths: the transform job fails; no endpoint in the input', async () => {
    const runner = exampleRunner('sagemaker', 'Inference');
    const failed = await runner.run({ JobName: 'b' }, { mocks: { 'Batch inference': error('States.TaskFailed', 'ClientError: model not found') } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', path: ['Batch inference'] });
    const noEndpoint = await runner.run({ JobName: 'b' }, { mocks: { 'Batch inference': result({}) } });
    expect(noEndpoint).toMatchObject({ status: 'FAILED', error: 'States.Runtime', path: ['Batch inference', 'Update endpoint'] });
    expect(noEndpoint.cause).toContain('$.Endpoint');
  });
});
