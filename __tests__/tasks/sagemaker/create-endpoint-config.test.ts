import type { TerraformStack } from 'cdktf';
import { sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const CONFIGS = `arn:${PARTITION}:sagemaker:${REGION}:${ACCOUNT}:endpoint-config`;
const variant = { variantName: 'primary', modelName: 'model', instanceType: new tasks.InstanceType('m5.large') };
const base = { endpointConfigName: 'MyConfig', productionVariants: [variant] };

describe('SageMakerCreateEndpointConfig', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('the request (one instance by default) and the IAM on endpoint-config/<name lower-cased>', () => {
    const task = new tasks.SageMakerCreateEndpointConfig(stack, 'Config', base);
    const m = machineOf(stack, task);
    expect(m.definition.States.Config).toEqual({
      Type: 'Task',
      Resource: integrationArn('sagemaker:createEndpointConfig'),
      Parameters: {
        EndpointConfigName: 'MyConfig',
        ProductionVariants: [{ InitialInstanceCount: 1, InstanceType: 'ml.m5.large', ModelName: 'model', VariantName: 'primary' }],
      },
      End: true,
    });
    expect(m.statements).toEqual([
      { Effect: 'Allow', Action: 'sagemaker:CreateEndpointConfig', Resource: `${CONFIGS}/myconfig` },
      { Effect: 'Allow', Action: 'sagemaker:ListTags', Resource: '*' },
    ]);
  });

  test('every option: AcceleratorType as its name (catalog C.11), the key ARN, tags', () => {
    const task = new tasks.SageMakerCreateEndpointConfig(stack, 'Config', {
      endpointConfigName: sfn.JsonPath.stringAt('$.name'),
      kmsKey: { arn: 'arn:aws:kms:us-east-1:123456789012:key/k' },
      tags: sfn.TaskInput.fromJsonPathAt('$.tags'),
      productionVariants: [
        { ...variant, acceleratorType: tasks.AcceleratorType.of(tasks.AcceleratorClass.EIA2, tasks.InstanceSize.MEDIUM), initialInstanceCount: 3, initialVariantWeight: 0.5 },
        { ...variant, variantName: 'b', acceleratorType: new tasks.AcceleratorType('ml.eia1.large'), initialVariantWeight: 0, instanceType: new tasks.InstanceType(sfn.JsonPath.stringAt('$.type')) },
      ],
    });
    expect(renderState(task).Parameters).toEqual({
      'EndpointConfigName.$': '$.name',
      'Tags.$': '$.tags',
      'KmsKeyId': 'arn:aws:kms:us-east-1:123456789012:key/k',
      'ProductionVariants': [
        { InitialInstanceCount: 3, InstanceType: 'ml.m5.large', ModelName: 'model', VariantName: 'primary', AcceleratorType: 'ml.eia2.medium', InitialVariantWeight: 0.5 },
        { 'InitialInstanceCount': 1, 'InstanceType.$': '$.type', 'ModelName': 'model', 'VariantName': 'b', 'AcceleratorType': 'ml.eia1.large', 'InitialVariantWeight': 0 },
      ],
    });
    const m = machineOf(stack, task);
    expect(m.statements[0]).toEqual({ Effect: 'Allow', Action: 'sagemaker:CreateEndpointConfig', Resource: `${CONFIGS}/*` });
  });

  test('JSONata', () => {
    const task = tasks.SageMakerCreateEndpointConfig.jsonata(stack, 'Config', { ...base, endpointConfigName: '{% $states.input.name %}' });
    const m = machineOf(stack, task);
    expect(m.definition.States.Config.Arguments.EndpointConfigName).toEqual('{% $states.input.name %}');
    expect(m.statements[0].Resource).toEqual(`${CONFIGS}/*`);
  });

  test('only REQUEST_RESPONSE', () => {
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Config', { ...base, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/Config: 'integrationPattern' RUN_JOB is not supported by this task; supported: REQUEST_RESPONSE/);
  });

  test('1 to 10 production variants', () => {
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'None', { ...base, productionVariants: [] }))
      .toThrow(/None: 'productionVariants' must have 1 to 10 variants, got 0/);
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Eleven', { ...base, productionVariants: Array(11).fill(variant) }))
      .toThrow(/Eleven: .*got 11/);
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Ten', { ...base, productionVariants: Array(10).fill(variant) })).not.toThrow();
  });

  test('initialInstanceCount at least 1, initialVariantWeight at least 0', () => {
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Zero', { ...base, productionVariants: [{ ...variant, initialInstanceCount: 0 }] }))
      .toThrow(/Zero: 'productionVariants\[0\].initialInstanceCount' must be a whole number of at least 1, got 0/);
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Half', { ...base, productionVariants: [{ ...variant, initialInstanceCount: 1.5 }] }))
      .toThrow(/Half: .*got 1\.5/);
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Negative', { ...base, productionVariants: [{ ...variant, initialVariantWeight: -1 }] }))
      .toThrow(/Negative: 'productionVariants\[0\].initialVariantWeight' must be at least 0, got -1/);
    expect(() => new tasks.SageMakerCreateEndpointConfig(stack, 'Ok', {
      ...base,
      productionVariants: [{ ...variant, initialInstanceCount: sfn.JsonPath.numberAt('$.n'), initialVariantWeight: 0 }],
    })).not.toThrow();
  });
});
