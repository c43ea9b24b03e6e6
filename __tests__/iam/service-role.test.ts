import { Testing } from 'cdktf';
import { createServiceRole } from '../../src/iam/service-role';
import { evaluateTemplate } from '../util/hcl-eval';
import { newStack } from '../util/synth';

const roleOf = (stack: ReturnType<typeof newStack>, key: string) => JSON.parse(Testing.synth(stack, true)).resource.aws_iam_role[key];

describe('createServiceRole', () => {
  test('by default: a name prefix and a trust policy for the service alone', () => {
    const stack = newStack();
    createServiceRole(stack, 'Role', { service: 'states.amazonaws.com', description: 'd', name: 'flow' });
    const role = roleOf(stack, 'Role');
    expect(role.name_prefix).toEqual('flow-');
    expect(role.name).toBeUndefined();
    expect(JSON.parse(evaluateTemplate(role.assume_role_policy) as string).Statement)
      .toEqual([{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
  });

  test('an exact name and a whole trust policy, with references', () => {
    const stack = newStack();
    const other = createServiceRole(stack, 'Other', { service: 'states.amazonaws.com', description: 'd', name: 'other' });
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: other.arn }, Action: 'sts:AssumeRole' }] };
    createServiceRole(stack, 'Role', { service: 'unused.amazonaws.com', description: 'd', name: 'job', roleName: 'job-1234', assumeRolePolicy: document });
    const role = roleOf(stack, 'Role');
    expect(role.name).toEqual('job-1234');
    expect(role.name_prefix).toBeUndefined();
    expect(JSON.parse(evaluateTemplate(role.assume_role_policy) as string)).toEqual({ ...document, Statement: [{ ...document.Statement[0], Principal: { AWS: '${aws_iam_role.Other.arn}' } }] });
  });
});
