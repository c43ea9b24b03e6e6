// The size estimate of references finds the resources it needs with one walk of a stack's construct
// tree, however many state machines and roles with grants the stack has (issue 15: a walk per role
// made synthesis quadratic in the number of created roles).
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { type TerraformStack, TerraformVariable } from 'cdktf';
import { resolveValue } from '../../src/core/cdktf';
import { sfn, tasks } from '../../src';
import { templateLengthEstimator } from '../../src/iam/reference-length';
import { newStack, synth } from '../util/synth';

const fn = (stack: TerraformStack, id: string, name: string) =>
  new LambdaFunction(stack, id, { functionName: name, role: 'arn:aws:iam::123456789012:role/r', handler: 'index.handler', runtime: 'nodejs20.x', filename: 'fn.zip' });
// arn:<partition 10>:lambda:<region 16>:<account 12>:function:<name>
const lambdaArnLength = (name: string) => 'arn::::::'.length + 10 + 16 + 12 + 'lambda'.length + 'function:'.length + name.length;

/** Walks of `stack`'s construct tree while it synthesizes a machine of `roles` tasks that each create a role. */
function walksWith(roles: number): number {
  const stack = newStack();
  const bucket = new S3Bucket(stack, 'Data', {});
  const model = tasks.FoundationModel.fromFoundationModelId(stack, 'Titan', tasks.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
  const states = Array.from({ length: roles }, (_v, i) => new tasks.BedrockCreateModelCustomizationJob(stack, `Tune${i}`, {
    baseModel: model,
    customModelName: `model-${i}`,
    jobName: `job-${i}`,
    trainingData: { bucket, path: 'training/data.jsonl' },
    validationData: [{ bucket, path: 'validation/data.jsonl' }],
    outputData: { bucket, path: 'output' },
  }));
  const chain = states.slice(1).reduce((c: sfn.Chain, s) => c.next(s), sfn.Chain.start(states[0]));
  new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  const findAll = jest.spyOn(stack.node, 'findAll');
  const { json } = synth(stack);
  // every task made its own role, and each role's grants were written
  expect(Object.keys(json.resource.aws_iam_role)).toHaveLength(roles + 1);
  expect(Object.keys(json.resource.aws_iam_policy).filter((a) => a.startsWith('GrantsTo'))).toHaveLength(roles);
  return findAll.mock.calls.length;
}

describe('the reference length estimate', () => {
  test('walks the construct tree as often for 12 roles with grants as for 2', () => {
    expect(walksWith(12)).toBe(walksWith(2));
  });

  test('a resource made after the stack was indexed is still found by a later estimator', () => {
    const stack = newStack();
    const first = fn(stack, 'First', 'first');
    expect(templateLengthEstimator(stack)(`\${aws_lambda_function.${first.friendlyUniqueId}.arn}`)).toBe(lambdaArnLength('first'));
    const later = fn(stack, 'Later', 'later-function');
    const estimate = templateLengthEstimator(stack);
    expect(estimate(`\${aws_lambda_function.${later.friendlyUniqueId}.arn}`)).toBe(lambdaArnLength('later-function'));
    expect(estimate(`\${aws_lambda_function.${first.friendlyUniqueId}.arn}`)).toBe(lambdaArnLength('first'));
  });

  test('a resource that does not exist is estimated at the longest name its type allows', () => {
    const estimate = templateLengthEstimator(newStack());
    expect(estimate('${aws_lambda_function.missing.arn}')).toBe(lambdaArnLength('x'.repeat(64)));
  });
});

describe('the length of a role ARN', () => {
  const estimate = (build: (stack: TerraformStack) => IamRole) => {
    const stack = newStack();
    const role = build(stack);
    return templateLengthEstimator(stack)(String(resolveValue(stack, role.arn)));
  };
  const literal = () => estimate((s) => new IamRole(s, 'R', { name: 'orders', assumeRolePolicy: '{}' }));

  test('a role with a literal name and no path is at least as long as its ARN can be', () => {
    expect(literal()).toBeGreaterThanOrEqual('arn:aws-us-gov:iam::123456789012:role/orders'.length);
  });

  test('a name prefix counts the longest name (64) and an unset path nothing (not 512)', () => {
    expect(estimate((s) => new IamRole(s, 'R', { namePrefix: 'orders-', assumeRolePolicy: '{}' })) - literal()).toBe(64 - 'orders'.length);
  });

  test('a literal path counts its length; a path Terraform decides counts the longest (512)', () => {
    expect(estimate((s) => new IamRole(s, 'R', { name: 'orders', path: '/team/', assumeRolePolicy: '{}' })) - literal()).toBe('team/'.length);
    expect(estimate((s) => new IamRole(s, 'R', { name: 'orders', path: new TerraformVariable(s, 'path', {}).stringValue, assumeRolePolicy: '{}' })) - literal()).toBe(512);
  });
});
