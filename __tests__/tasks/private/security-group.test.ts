// The security group a VPC task creates when it is given none: in the subnets' VPC, egress only.
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../src/core/errors';
import { createTaskSecurityGroup, vpcOfSubnets } from '../../../src/tasks/private/security-group';
import { newStack } from '../../util/synth';

const options = { subnetsProp: 'subnets', description: 'test group' };

describe('createTaskSecurityGroup', () => {
  test('creates the group in the subnets VPC with one IPv4 egress rule and no ingress', () => {
    const stack = newStack();
    const scope = new Construct(stack, 'Task');
    createTaskSecurityGroup(scope, 'SecurityGroup', { ...options, subnets: [{ id: 'subnet-1', vpcId: 'vpc-1' }, { id: 'subnet-2', vpcId: 'vpc-1' }] });
    const json = JSON.parse(Testing.synth(stack));
    const groups = Object.values<any>(json.resource.aws_security_group);
    expect(groups).toEqual([expect.objectContaining({ vpc_id: 'vpc-1', description: 'test group' })]);
    expect(groups[0].ingress).toBeUndefined();
    const rules = Object.values<any>(json.resource.aws_vpc_security_group_egress_rule);
    expect(rules).toEqual([expect.objectContaining({ ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' })]);
    expect(rules[0].security_group_id).toMatch(/^\$\{aws_security_group\.Task_SecurityGroup_[0-9A-F]+\.id\}$/);
  });

  test('an explicit vpcId wins over the subnets', () => {
    const stack = newStack();
    expect(vpcOfSubnets(stack, { ...options, vpcId: 'vpc-9', subnets: [{ id: 'subnet-1' }] })).toBe('vpc-9');
  });

  test('subnets without a VPC are refused with a message naming the prop and the subnets', () => {
    const stack = newStack();
    const scope = new Construct(stack, 'Task');
    expect(() => createTaskSecurityGroup(scope, 'SecurityGroup', { ...options, subnets: [{ id: 'subnet-1' }] })).toThrow(ValidationError);
    expect(() => vpcOfSubnets(scope, { ...options, subnets: [{ id: 'subnet-1' }] })).toThrow(/test\/Task: subnets: the subnets \["subnet-1"\] do not carry a vpcId/);
    expect(() => vpcOfSubnets(scope, options)).toThrow(/subnets: no subnets were given/);
  });

  test('subnets of two literal VPCs are refused', () => {
    const stack = newStack();
    expect(() => vpcOfSubnets(stack, { ...options, subnets: [{ id: 'a', vpcId: 'vpc-1' }, { id: 'b', vpcId: 'vpc-2' }] })).toThrow(/different VPCs/);
  });
});
