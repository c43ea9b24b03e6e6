import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Testing } from 'cdktf';
import { Duration, sfn } from '../../src';
import { newStack, policiesAttachedTo } from '../util/synth';

describe('Activity', () => {
  test('an aws_sfn_activity with a generated or given name, encryption, and grants to workers', () => {
    const stack = newStack();
    const key = new KmsKey(stack, 'Key');
    const named = new sfn.Activity(stack, 'Review', {
      activityName: 'review',
      encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key, Duration.minutes(5)),
    });
    const unnamed = new sfn.Activity(stack, 'Other');
    const worker = new IamRole(stack, 'Worker', { assumeRolePolicy: '{}' });
    named.grant(worker, 'states:GetActivityTask', 'states:SendTaskSuccess');
    expect(named.activityArn).toBe(named.arn);
    expect(named.activityName).toBe(named.name);
    const json = JSON.parse(Testing.synth(stack));
    const activities = Object.values<any>(json.resource.aws_sfn_activity);
    expect(activities).toContainEqual({
      name: 'review',
      encryption_configuration: { type: 'CUSTOMER_MANAGED_KMS_KEY', kms_key_id: '${aws_kms_key.Key.arn}', kms_data_key_reuse_period_seconds: 300 },
    });
    expect(activities.map((a) => a.name)).toContainEqual(expect.stringMatching(/^test-Other-[0-9A-F]{8}$/));
    expect(unnamed.encryptionConfiguration).toBeUndefined();
    const [grant, ...more] = policiesAttachedTo(json, 'aws_iam_role.Worker');
    expect(more).toEqual([]);
    expect(grant.document.Statement).toEqual([{
      Effect: 'Allow',
      Action: ['states:GetActivityTask', 'states:SendTaskSuccess'],
      Resource: expect.stringMatching(/^\$\{aws_sfn_activity\.Review_[0-9A-F]{8}\.arn\}$/),
    }]);
  });

  test('an AWS owned key', () => {
    const stack = newStack();
    new sfn.Activity(stack, 'A', { activityName: 'a', encryptionConfiguration: new sfn.AwsOwnedEncryptionConfiguration() });
    const activity: any = Object.values(JSON.parse(Testing.synth(stack)).resource.aws_sfn_activity)[0];
    expect(activity.encryption_configuration).toEqual({ type: 'AWS_OWNED_KEY' });
  });
});

describe('TaskInput', () => {
  test.each([
    [sfn.TaskInput.fromText('plain'), sfn.InputType.TEXT, 'plain'],
    [sfn.TaskInput.fromObject({ a: 1 }), sfn.InputType.OBJECT, { a: 1 }],
  ])('%#: literal values', (input, type, value) => {
    expect(input.type).toBe(type);
    expect(input.value).toEqual(value);
  });

  test.each([
    ['fromJsonPathAt', '$.a'],
    ['fromDataAt', '$.b'],
    ['fromContextAt', '$$.Execution.Id'],
  ])('%s keeps a path token', (factory, path) => {
    const input = (sfn.TaskInput as any)[factory](path);
    expect(input.type).toBe(sfn.InputType.TEXT);
    expect(sfn.JsonPath.isEncodedJsonPath(input.value)).toBe(true);
  });

  test('fails for a malformed path', () => {
    expect(() => sfn.TaskInput.fromJsonPathAt('a')).toThrow(/TaskInput.fromJsonPathAt\(path\)/);
    expect(() => sfn.TaskInput.fromDataAt('a')).toThrow(/TaskInput.fromDataAt\(path\)/);
    expect(() => sfn.TaskInput.fromContextAt('a')).toThrow(/TaskInput.fromContextAt\(path\)/);
  });
});
