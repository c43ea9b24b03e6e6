// The role a SageMaker task passes to SageMaker: the one the user gave, or one the task creates. The
// statements the task's helpers grant (S3, ECR, KMS) go to the created role's inline policy, or to the
// stack's grants to a given role. Not part of the public API.
import type { Construct } from 'constructs';
import { partitionOf } from '../../../core/arn';
import { IamRolePolicy, IamRolePolicyAttachment, Lazy, TerraformStack, type IResolveContext } from '../../../core/cdktf';
import { grantsTo } from '../../../iam/grants';
import { policyDocument } from '../../../iam/managed-policies';
import { mergeStatements } from '../../../iam/policy-document';
import { PolicyStatement } from '../../../iam/policy-statement';
import type { IamRoleRef } from '../../../iam/refs';
import { createServiceRole } from '../../../iam/service-role';
import { toTerraformJson } from '../../../render/serializer';

export const SAGEMAKER_SERVICE = 'sagemaker.amazonaws.com';

/** The actions a training job or model needs to log, report metrics and log in to ECR. */
export const RUNTIME_ACTIONS = [
  'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup',
  'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken',
];

/** The actions a job or model in a VPC needs to attach to its subnets. */
export const VPC_ACTIONS = [
  'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface',
  'ec2:DeleteNetworkInterfacePermission', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs',
  'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups',
];

/** A task's role and where the statements granted to it go. */
export interface TaskRole {
  readonly role: IamRoleRef;
  grant(statement: PolicyStatement): void;
}

/** What a created role holds. */
export interface CreatedRoleOptions {
  /** Description of the role. */
  readonly description: string;
  /** Name of its inline policy (`CreateTrainingJob`, `CreateModel`). */
  readonly policyName?: string;
  /** Statements of the inline policy from the start. */
  readonly statements?: PolicyStatement[];
  /** An AWS managed policy to attach, by name (`AmazonSageMakerFullAccess`). */
  readonly managedPolicy?: string;
}

/** `given`, or a role created under `scope` as `id` (its inline policy `<id>Policy`). */
export function taskRole(scope: Construct, id: string, given: IamRoleRef | undefined, options: CreatedRoleOptions): TaskRole {
  if (given) return { role: given, grant: (statement) => grantsTo(scope, given).add([statement], scope) };
  const role = createServiceRole(scope, id, {
    service: SAGEMAKER_SERVICE,
    description: options.description,
    name: `${TerraformStack.of(scope).node.id}-${scope.node.id}`,
  });
  const statements: PolicyStatement[] = [];
  const grant = (statement: PolicyStatement): void => {
    // the inline policy appears with its first statement (IAM refuses an empty one) and is rendered at
    // synthesis, so statements granted while binding count
    if (statements.length === 0) {
      new IamRolePolicy(scope, `${id}Policy`, {
        role: role.name,
        name: options.policyName ?? 'SageMaker',
        policy: Lazy.stringValue({
          produce: (ctx: IResolveContext) => toTerraformJson(policyDocument(mergeStatements(statements)), ctx),
        }),
      });
    }
    statements.push(statement);
  };
  for (const statement of options.statements ?? []) grant(statement);
  if (options.managedPolicy) {
    new IamRolePolicyAttachment(scope, `${id}${options.managedPolicy}`, {
      role: role.name,
      policyArn: `arn:${partitionOf(scope)}:iam::aws:policy/${options.managedPolicy}`,
    });
  }
  return { role, grant };
}

/** `iam:PassRole` on `role`, to SageMaker only. */
export function passRoleStatement(role: IamRoleRef): PolicyStatement {
  return new PolicyStatement({
    actions: ['iam:PassRole'],
    resources: [role.arn],
    conditions: { StringEquals: { 'iam:PassedToService': SAGEMAKER_SERVICE } },
  });
}
