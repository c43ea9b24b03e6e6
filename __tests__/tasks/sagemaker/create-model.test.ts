import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { grantPairs } from '../../util/compat';
import { evaluateTemplate } from '../../util/hcl-eval';
import { newStack, renderState, synth } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const ROLE = { arn: 'arn:aws:iam::123456789012:role/model', name: 'model' };
const BUCKET = { bucket: 'data-bucket', arn: 'arn:aws:s3:::data-bucket' };
const MODELS = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:model`;
const PASS = { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE.arn, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } };
const container = new tasks.ContainerDefinition({ image: tasks.DockerImage.fromRegistry('registry/image:1') });
const base = { modelName: 'MyModel', role: ROLE, primaryContainer: container };

describe('SageMakerCreateModel', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('the request and the IAM: model/<name lower-cased>*, ListTags, PassRole on the given role', () => {
    const task = new tasks.SageMakerCreateModel(stack, 'Model', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Model).toEqual({
      Type: 'Task',
      Resource: integrationArn('sagemaker:createModel'),
      Parameters: { ExecutionRoleArn: ROLE.arn, ModelName: 'MyModel', PrimaryContainer: { Image: 'registry/image:1' } },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'sagemaker:CreateModel', Resource: `${MODELS}/mymodel*` },
      { Effect: 'Allow', Action: 'sagemaker:ListTags', Resource: '*' },
      PASS,
    ]);
  });

  test('every option: the containers render as SageMaker takes them (catalog C.10)', () => {
    const task = new tasks.SageMakerCreateModel(stack, 'Model', {
      ...base,
      modelName: sfn.JsonPath.stringAt('$.name'),
      enableNetworkIsolation: true,
      primaryContainer: new tasks.ContainerDefinition({
        image: tasks.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')),
        mode: tasks.Mode.MULTI_MODEL,
        modelS3Location: tasks.S3Location.fromJsonExpression('$.artifacts'),
        environmentVariables: sfn.TaskInput.fromObject({ A: sfn.JsonPath.stringAt('$.a') }),
        containerHostName: 'primary',
      }),
      containers: [
        new tasks.ContainerDefinition({ modelPackageName: 'pkg', containerHostName: 'one' }),
        new tasks.ContainerDefinition({ image: tasks.DockerImage.fromRegistry('img:2'), modelS3Location: tasks.S3Location.fromBucket(BUCKET, 'm/') }),
      ],
      tags: sfn.TaskInput.fromObject([{ Key: 'team', Value: 'ml' }]),
    });
    expect(renderState(task).Parameters).toEqual({
      'EnableNetworkIsolation': true,
      'ExecutionRoleArn': ROLE.arn,
      'ModelName.$': '$.name',
      'Tags': [{ Key: 'team', Value: 'ml' }],
      'PrimaryContainer': { 'ContainerHostname': 'primary', 'Image.$': '$.image', 'Mode': 'MultiModel', 'ModelDataUrl.$': '$.artifacts', 'Environment': { 'A.$': '$.a' } },
      'Containers': [{ ContainerHostname: 'one', ModelPackageName: 'pkg' }, { Image: 'img:2', ModelDataUrl: 's3://data-bucket/m/' }],
    });
    const m = machineOf(stack, task);
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: 'sagemaker:CreateModel', Resource: `${MODELS}/*` });
    // the given role is granted the image pulls and the reads
    const { json } = synth(stack);
    const grants = Object.values<any>(json.resource.aws_iam_policy).map((p) => JSON.parse(evaluateTemplate(p.policy) as string))
      .filter((d) => JSON.stringify(d).includes('ecr:BatchGetImage'));
    expect(grantPairs(grants.flatMap((d) => d.Statement))).toEqual([
      'ecr:BatchCheckLayerAvailability *', 'ecr:BatchGetImage *', 'ecr:GetDownloadUrlForLayer *',
      `s3:GetBucket* ${BUCKET.arn}`, `s3:GetBucket* ${BUCKET.arn}/m/*`, 's3:GetObject *', `s3:GetObject* ${BUCKET.arn}`, `s3:GetObject* ${BUCKET.arn}/m/*`,
      `s3:List* ${BUCKET.arn}`, `s3:List* ${BUCKET.arn}/m/*`, 's3:ListBucket *',
    ]);
  });

  test('JSONata: Arguments, a JSONata model name gives model/*', () => {
    const task = tasks.SageMakerCreateModel.jsonata(stack, 'Model', { ...base, modelName: '{% $states.input.name %}' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Model.Arguments).toEqual({ ExecutionRoleArn: ROLE.arn, ModelName: '{% $states.input.name %}', PrimaryContainer: { Image: 'registry/image:1' } });
    expect(m.statements[0].Resource).toEqual(`${MODELS}/*`);
  });

  test('RUN_JOB and WAIT_FOR_TASK_TOKEN are rejected', () => {
    for (const pattern of [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]) {
      expect(() => new tasks.SageMakerCreateModel(stack, `M${pattern}`, { ...base, integrationPattern: pattern }))
        .toThrow(new RegExp(`'integrationPattern' ${pattern} is not supported by this task; supported: REQUEST_RESPONSE`));
    }
  });

  test('without a role: SagemakerRole with the CreateModel inline policy; with a VPC the ec2 statement and ModelSecurityGroup', () => {
    const task = new tasks.SageMakerCreateModel(stack, 'Model', {
      ...base,
      role: undefined,
      vpc: { subnets: [{ id: 'subnet-1', vpcId: 'vpc-1' }] },
    });
    task.addSecurityGroup({ id: 'sg-2' });
    const m = machineOf(stack, task);
    const { json } = synth(stack);
    const roleName = Object.keys(json.resource.aws_iam_role).find((n) => n.includes('SagemakerRole'))!;
    expect(m.definition.States.Model.Parameters.ExecutionRoleArn).toEqual(`\${aws_iam_role.${roleName}.arn}`);
    expect(m.statements[2]).toEqual({ ...PASS, Resource: `\${aws_iam_role.${roleName}.arn}` });
    const inline = Object.values<any>(json.resource.aws_iam_role_policy).filter((p) => p.role === `\${aws_iam_role.${roleName}.name}`);
    expect(inline.map((p) => p.name)).toEqual(['CreateModel']);
    const statements = JSON.parse(evaluateTemplate(inline[0].policy) as string).Statement;
    expect(statements[0].Action).toEqual(expect.arrayContaining(['cloudwatch:PutMetricData', 'ecr:GetAuthorizationToken', 'ec2:CreateNetworkInterface']));
    const groupName = Object.keys(json.resource.aws_security_group)[0];
    expect(groupName).toContain('ModelSecurityGroup');
    expect(m.definition.States.Model.Parameters.VpcConfig).toEqual({ SecurityGroupIds: [`\${aws_security_group.${groupName}.id}`, 'sg-2'], Subnets: ['subnet-1'] });
  });

  test('addSecurityGroup without a VPC is rejected', () => {
    const task = new tasks.SageMakerCreateModel(stack, 'Model', base);
    expect(() => task.addSecurityGroup({ id: 'sg-1' })).toThrow(/Model: addSecurityGroup\("sg-1"\): the task has no 'vpc'/);
  });

  test('a VPC whose subnets carry no vpcId is rejected', () => {
    expect(() => new tasks.SageMakerCreateModel(stack, 'Model', { ...base, vpc: { subnets: [{ id: 'subnet-1' }] } }))
      .toThrow(/Model.*vpc\.subnets: the subnets \["subnet-1"\] do not carry a vpcId/);
  });
});
