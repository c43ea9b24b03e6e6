import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SfnActivity } from '@cdktf/provider-aws/lib/sfn-activity';
import type { TerraformStack } from 'cdktf';
import { Duration, sfn, tasks } from '../../../src';
import { newStack, renderState } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, machineOf } from '../util';

const ACTIVITY = '${aws_sfn_activity.Activity.arn}';
const KMS_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'];

describe('StepFunctionsInvokeActivity', () => {
  let stack: TerraformStack;
  let activity: SfnActivity;
  beforeEach(() => {
    stack = newStack();
    activity = new SfnActivity(stack, 'Activity', { name: 'work' });
  });

  test('default settings: the activity ARN is the Resource, no IAM', () => {
    const task = new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity });
    expect(renderState(task)).toEqual({ Type: 'Task', Resource: ACTIVITY, End: true });
    expect(machineOf(stack, task).statements).toEqual([]);
  });

  test('parameters, heartbeat and timeout', () => {
    const task = tasks.StepFunctionsInvokeActivity.jsonPath(stack, 'Task', {
      activity,
      parameters: { id: sfn.JsonPath.stringAt('$.id'), fixed: 1 },
      heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(30)),
      taskTimeout: sfn.Timeout.duration(Duration.minutes(5)),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      Resource: ACTIVITY,
      Parameters: { 'id.$': '$.id', 'fixed': 1 },
      HeartbeatSeconds: 30,
      TimeoutSeconds: 300,
      End: true,
    });
  });

  test('jsonata() renders arguments', () => {
    const task = tasks.StepFunctionsInvokeActivity.jsonata(stack, 'Task', { activity, arguments: { id: '{% $states.input.id %}' } });
    expect(renderState(task)).toEqual({ Type: 'Task', QueryLanguage: 'JSONata', Resource: ACTIVITY, Arguments: { id: '{% $states.input.id %}' }, End: true });
  });

  test('our sfn.Activity', () => {
    const ours = new sfn.Activity(stack, 'Ours');
    const task = new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity: ours });
    expect(renderState(task).Resource).toMatch(/^\$\{aws_sfn_activity\.Ours_[A-Za-z0-9_]+\.arn\}$/);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('fails when the pattern is %s', (integrationPattern) => {
    expect(() => new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity, integrationPattern }))
      .toThrow(new RegExp(`test/Task: 'integrationPattern' ${integrationPattern} is not supported by this task; supported: REQUEST_RESPONSE`));
  });

  test('accepts REQUEST_RESPONSE', () => {
    expect(renderState(new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).Resource).toBe(ACTIVITY);
  });

  test('fails when both parameters and arguments are set', () => {
    expect(() => new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity, parameters: { a: 1 }, arguments: { a: 1 } }))
      .toThrow(/'parameters' and 'arguments' cannot both be set/);
  });

  test('fails when parameters are given to a JSONata state', () => {
    expect(() => new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity, parameters: { a: 1 }, queryLanguage: sfn.QueryLanguage.JSONATA }))
      .toThrow(/'parameters' is a JSONPath field/);
  });

  test('fails when arguments are given to a JSONPath state', () => {
    expect(() => new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity, arguments: { a: 1 }, queryLanguage: sfn.QueryLanguage.JSON_PATH }))
      .toThrow(/'arguments' is a JSONata field/);
  });

  test('fails when a JsonPath reference is an array element of the parameters', () => {
    expect(() => new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity, parameters: { list: [sfn.JsonPath.stringAt('$.a')] } }))
      .toThrow(/test\/Task: 'parameters'.list\[0\]: JsonPath references cannot be array elements/);
  });

  describe('customer managed key', () => {
    test('SfnActivity with a key: kms statement bound to the activity', () => {
      const key = new KmsKey(stack, 'Key', {});
      const encrypted = new SfnActivity(stack, 'Encrypted', { name: 'enc', encryptionConfiguration: { type: 'CUSTOMER_MANAGED_KMS_KEY', kmsKeyId: key.arn } });
      const m = machineOf(stack, new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity: encrypted }));
      expect(m.statements).toEqual([{
        Effect: 'Allow',
        Action: KMS_ACTIONS,
        Resource: '${aws_kms_key.Key.arn}',
        Condition: { StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': '${aws_sfn_activity.Encrypted.arn}' } },
      }]);
    });

    test('our sfn.Activity with CustomerManagedEncryptionConfiguration', () => {
      const key = new KmsKey(stack, 'Key', {});
      const ours = new sfn.Activity(stack, 'Ours', { activityName: 'ours', encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key) });
      const m = machineOf(stack, new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity: ours }));
      expect(m.statements).toHaveLength(1);
      expect(m.statements[0]).toMatchObject({ Action: KMS_ACTIONS, Resource: '${aws_kms_key.Key.arn}' });
      expect(m.statements[0].Condition.StringEquals['kms:EncryptionContext:aws:states:activityArn']).toMatch(/^\$\{aws_sfn_activity\.Ours_.*\.arn\}$/);
    });

    test('a literal struct with a key id becomes a key ARN of the stack', () => {
      const arn = 'arn:aws:states:us-east-1:123456789012:activity:lit';
      const m = machineOf(stack, new tasks.StepFunctionsInvokeActivity(stack, 'Task', { activity: { arn, name: 'lit', encryptionConfiguration: { type: 'CUSTOMER_MANAGED_KMS_KEY', kmsKeyId: 'abcd-1234' } } }));
      expect(m.statements).toEqual([{
        Effect: 'Allow',
        Action: KMS_ACTIONS,
        Resource: `arn:${PARTITION}:kms:${REGION}:${ACCOUNT}:key/abcd-1234`,
        Condition: { StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': arn } },
      }]);
    });

    test('no statement for an AWS owned key', () => {
      const owned = new SfnActivity(stack, 'Owned', { name: 'owned', encryptionConfiguration: { type: 'AWS_OWNED_KEY' } });
      const ours = new sfn.Activity(stack, 'Ours', { encryptionConfiguration: new sfn.AwsOwnedEncryptionConfiguration() });
      const a = new tasks.StepFunctionsInvokeActivity(stack, 'A', { activity: owned });
      const b = new tasks.StepFunctionsInvokeActivity(stack, 'B', { activity: ours });
      expect(machineOf(stack, a.next(b)).statements).toEqual([]);
    });
  });
});
