// What a state machine's role needs besides its states' statements, and the managed policies that hold
// it all: not part of the public API.
import type { Construct } from 'constructs';
import type { IResolvable, IResolveContext } from '../../core/cdktf';
import { IamPolicy, IamRolePolicyAttachment, Lazy } from '../../core/cdktf';
import { PolicyStatement } from '../../iam/policy-statement';
import type { KmsKeyRef } from '../../iam/refs';
import { toTerraformJson } from '../../render/serializer';
import type { LogOptions } from '../log-options';
import { policyDocument } from './policy-render';

/** The parts of a state machine's props that need permissions of their own. */
export interface ServiceSettings {
  readonly logs?: LogOptions;
  readonly tracingEnabled?: boolean;
  readonly encryptionConfiguration?: { readonly kmsKey?: KmsKeyRef };
}

const LOG_DELIVERY_ACTIONS = ['logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'];
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];

/**
 * Statements for logging, tracing and the customer managed key. `ownArn` makes the state machine's ARN
 * (the key's encryption context names it), called only when needed: it creates the ARN data sources.
 */
export function serviceStatements(settings: ServiceSettings, ownArn: () => string): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  if (settings.logs) {
    out.push(new PolicyStatement({ actions: LOG_DELIVERY_ACTIONS, resources: ['*'] }));
  }
  if (settings.tracingEnabled) {
    out.push(new PolicyStatement({ actions: XRAY_ACTIONS, resources: ['*'] }));
  }
  const key = settings.encryptionConfiguration?.kmsKey;
  if (key) {
    out.push(new PolicyStatement({
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [key.arn],
      conditions: { StringEquals: { 'kms:EncryptionContext:aws:states:stateMachineArn': ownArn() } },
    }));
  }
  return out;
}

/** What `grantRead` gives: the state machine, its executions, and the account's listings. */
export function readStatements(ownArn: string, executionArn: string): PolicyStatement[] {
  return [
    new PolicyStatement({ actions: ['states:ListExecutions', 'states:ListStateMachines'], resources: [ownArn] }),
    new PolicyStatement({ actions: ['states:DescribeExecution', 'states:DescribeStateMachineForExecution', 'states:GetExecutionHistory'], resources: [executionArn] }),
    new PolicyStatement({ actions: ['states:ListActivities', 'states:DescribeStateMachine', 'states:DescribeActivity'], resources: ['*'] }),
  ];
}

/** The trust policy of a created execution role. */
export function trustPolicy(): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
}

/** The managed policies of a state machine and the Terraform addresses of their attachments. */
export interface AttachedPolicies {
  readonly policies: IamPolicy[];
  readonly attachmentAddresses: string[];
}

/**
 * One `aws_iam_policy` per document, attached to the role: `Policy`, `Policy2`, ... and
 * `PolicyAttachment`, `PolicyAttachment2`, ... under `scope` (their ids are Terraform addresses).
 */
export function attachPolicies(scope: Construct, roleName: string, documents: PolicyStatement[][], resolved: Map<IResolvable, unknown>): AttachedPolicies {
  const policies: IamPolicy[] = [];
  const attachmentAddresses: string[] = [];
  documents.forEach((statements, i) => {
    const suffix = i === 0 ? '' : `${i + 1}`;
    const policy = new IamPolicy(scope, `Policy${suffix}`, {
      description: `Permissions of the Step Functions state machine ${scope.node.path}${documents.length > 1 ? ` (part ${i + 1})` : ''}`,
      policy: Lazy.stringValue({ produce: (ctx: IResolveContext) => toTerraformJson(policyDocument(statements), ctx, { resolved }) }),
    });
    policies.push(policy);
    const attachment = new IamRolePolicyAttachment(scope, `PolicyAttachment${suffix}`, { role: roleName, policyArn: policy.arn });
    attachmentAddresses.push(`${attachment.terraformResourceType}.${attachment.friendlyUniqueId}`);
  });
  return { policies, attachmentAddresses };
}
