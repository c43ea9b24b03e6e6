// The VPC side of a SageMaker training job or model: the security group it creates in the subnets'
// VPC, the groups added to it, and its `VpcConfig`. Not part of the public API.
import type { Construct } from 'constructs';
import { ValidationError, describeValue } from '../../../core/errors';
import type { SecurityGroupRef } from '../../ec2/vpc-refs';
import { createTaskSecurityGroup } from '../../private/security-group';
import type { VpcConfig } from '../base-types';

export class TaskVpc {
  private readonly groups: SecurityGroupRef[] = [];

  /** Creates the group `id` under `scope` when `config` is set. */
  constructor(private readonly scope: Construct, id: string, private readonly config: VpcConfig | undefined, prop: string, what: string) {
    if (!config) return;
    this.groups.push(createTaskSecurityGroup(scope, id, {
      subnets: config.subnets,
      vpcId: config.vpcId,
      subnetsProp: `${prop}.subnets`,
      description: `Security group of the SageMaker ${what} of ${scope.node.path}`,
    }));
  }

  public get securityGroups(): SecurityGroupRef[] {
    return [...this.groups];
  }

  public add(group: SecurityGroupRef, prop: string): void {
    if (!this.config) {
      throw new ValidationError(`addSecurityGroup(${describeValue(group.id)}): the task has no '${prop}', so it takes no security groups`, this.scope);
    }
    this.groups.push(group);
  }

  /** `VpcConfig`, read when the state renders so that groups added later count. */
  public render(): object | undefined {
    if (!this.config) return undefined;
    return { SecurityGroupIds: this.groups.map((g) => g.id), Subnets: this.config.subnets.map((s) => s.id) };
  }
}
