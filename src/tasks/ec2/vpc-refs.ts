/**
 * A subnet: `{ id, vpcId? }`, satisfied by the `Subnet` and `DataAwsSubnet` resources.
 *
 * `vpcId` tells a task that creates a security group (an `awsvpc` ECS task, a SageMaker job without
 * security groups) which VPC to create it in.
 */
export interface SubnetRef {
  /** ID of the subnet (`subnet-...`). */
  readonly id: string;
  /**
   * ID of the VPC the subnet belongs to.
   * @default - unknown: a task that must create a security group then needs the VPC id given separately
   */
  readonly vpcId?: string;
}

/** A security group: `{ id }`, satisfied by the `SecurityGroup` and `DataAwsSecurityGroup` resources. */
export interface SecurityGroupRef {
  /** ID of the security group (`sg-...`). */
  readonly id: string;
}
