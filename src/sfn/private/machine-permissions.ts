// What a state machine's role needs besides its states' statements: not part of the public API.
import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import type { KmsKeyRef } from '../../iam/refs';
import { LogLevel, type LogOptions } from '../log-options';

/** The parts of a state machine's props that need permissions of their own. */
export interface ServiceSettings {
  readonly logs?: LogOptions;
  readonly tracingEnabled?: boolean;
  readonly encryptionConfiguration?: { readonly kmsKey?: KmsKeyRef };
}

const LOG_DELIVERY_ACTIONS = ['logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'];
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];

/** Throws unless a level that writes logs has a log group (Step Functions refuses one without). */
export function validateLogOptions(logs: LogOptions | undefined, scope: Construct): void {
  if (!logs || logs.destination !== undefined || Token.isUnresolved(logs.level)) return;
  if (writesLogs(logs)) {
    const level = logs.level === undefined ? `${LogLevel.ERROR} (the default)` : logs.level;
    throw new ValidationError(`'logs.destination' is required when 'logs.level' is ${level}, got none: Step Functions writes the execution history to that log group; pass one ({ arn }, e.g. a CloudwatchLogGroup), or set 'logs.level' to LogLevel.OFF`, scope);
  }
}

/** The `logging_configuration` block; a level of OFF may go without a log group. */
export function loggingConfiguration(logs: LogOptions | undefined): { logDestination?: string; includeExecutionData: boolean; level: string } | undefined {
  if (!logs) return undefined;
  return {
    logDestination: logs.destination ? `${logs.destination.arn}:*` : undefined,
    includeExecutionData: logs.includeExecutionData ?? false,
    level: logs.level ?? LogLevel.ERROR,
  };
}

function writesLogs(logs: LogOptions): boolean {
  return (logs.level ?? LogLevel.ERROR) !== LogLevel.OFF;
}

/**
 * Statements for logging, tracing and the customer managed key. `ownArn` makes the state machine's ARN
 * (the key's encryption context names it), called only when needed: it creates the ARN data sources.
 * `scope` gives the partition, region and account of the log delivery's ARN.
 */
export function serviceStatements(scope: Construct, settings: ServiceSettings, ownArn: () => string): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  const logs = settings.logs;
  if (logs?.destination) {
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
    // The log delivery encrypts what it writes with the key, asking as the execution role under the
    // encryption context SourceArn = arn:<partition>:logs:<region>:<account>:* (AWS Step Functions
    // Developer Guide, "Data at rest encryption").
    if (logs && writesLogs(logs)) {
      out.push(new PolicyStatement({
        actions: ['kms:GenerateDataKey'],
        resources: [key.arn],
        conditions: { StringEquals: { 'kms:EncryptionContext:SourceArn': formatArn(scope, { service: 'logs', resource: '*' }) } },
      }));
    }
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
