// The security group a task creates when it runs in a VPC and the user gave none (an awsvpc ECS task,
// a SageMaker job): egress to anywhere over IPv4, no ingress, in the VPC of the given subnets. The
// egress rule is its own `aws_vpc_security_group_egress_rule` (Terraform strips the default egress of a
// group it creates, and the provider advises against inline rules), so users may add rules beside it.
import type { Construct } from 'constructs';
import { SecurityGroup, Token, VpcSecurityGroupEgressRule } from '../../core/cdktf';
import { describeValue, ValidationError } from '../../core/errors';
import type { SubnetRef } from '../ec2/vpc-refs';

/** Where the created group goes. */
export interface TaskSecurityGroupOptions {
  /** The subnets the task runs in; their `vpcId` gives the VPC when `vpcId` is not set. */
  readonly subnets?: SubnetRef[];
  /** The VPC, when the subnets do not carry it. */
  readonly vpcId?: string;
  /** The prop that holds the subnets, for the error message (`subnets`, `vpcConfig.subnets`). */
  readonly subnetsProp: string;
  /** Description of the group. */
  readonly description: string;
}

/**
 * The VPC of `subnets` (or `vpcId`), refusing subnets of different literal VPCs and subnets whose VPC is
 * unknown.
 */
export function vpcOfSubnets(scope: Construct, options: TaskSecurityGroupOptions): string {
  if (options.vpcId !== undefined) return options.vpcId;
  const subnets = options.subnets ?? [];
  const known = subnets.map((subnet) => subnet.vpcId).filter((vpcId): vpcId is string => vpcId !== undefined);
  if (known.length === 0) {
    throw new ValidationError(
      `${options.subnetsProp}: ${subnets.length === 0 ? 'no subnets were given' : `the subnets ${describeValue(subnets.map((s) => s.id))} do not carry a vpcId`}, so the security group this task creates has no VPC. ` +
        'Pass `Subnet`/`DataAwsSubnet` resources (or `{ id, vpcId }` literals), or give security groups of your own.',
      scope,
    );
  }
  const literals = new Set(known.filter((vpcId) => !Token.isUnresolved(vpcId)));
  if (literals.size > 1) {
    throw new ValidationError(
      `${options.subnetsProp}: the subnets are in different VPCs (${describeValue([...literals])}); a task's subnets must share one VPC.`,
      scope,
    );
  }
  return known[0];
}

/** Creates the group (construct id `id`) and its egress rule (`<id>Egress`) under `scope`. */
export function createTaskSecurityGroup(scope: Construct, id: string, options: TaskSecurityGroupOptions): SecurityGroup {
  const vpcId = vpcOfSubnets(scope, options);
  const group = new SecurityGroup(scope, id, { vpcId, description: options.description, namePrefix: 'sfn-task-' });
  new VpcSecurityGroupEgressRule(scope, `${id}Egress`, {
    securityGroupId: group.id,
    ipProtocol: '-1',
    cidrIpv4: '0.0.0.0/0',
    description: 'Allow all outbound traffic over IPv4',
  });
  return group;
}
