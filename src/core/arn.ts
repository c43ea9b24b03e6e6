import type { IConstruct } from 'constructs';
import { DataAwsCallerIdentity, DataAwsPartition, DataAwsRegion, TerraformStack } from './cdktf';

// One data source of each kind per stack, created the first time an ARN needs it. Their construct ids
// become the Terraform addresses data.aws_partition.current_partition and so on: they are public API.
const PARTITION_ID = 'current_partition';
const REGION_ID = 'current_region';
const ACCOUNT_ID = 'current_account';

// One token per stack and value: reading a data source attribute creates a new token each time.
const tokens = new WeakMap<TerraformStack, Map<string, string>>();

function singletonValue(scope: IConstruct, id: string, read: (stack: TerraformStack) => string): string {
  const stack = TerraformStack.of(scope);
  let values = tokens.get(stack);
  if (!values) {
    values = new Map();
    tokens.set(stack, values);
  }
  let value = values.get(id);
  if (value === undefined) {
    value = read(stack);
    values.set(id, value);
  }
  return value;
}

/** The AWS partition of the stack's provider (`aws`, `aws-cn`, `aws-us-gov`, ...), as a token. */
export function partitionOf(scope: IConstruct): string {
  return singletonValue(scope, PARTITION_ID, (stack) => new DataAwsPartition(stack, PARTITION_ID).partition);
}

/** The region of the stack's provider, as a token. */
export function regionOf(scope: IConstruct): string {
  return singletonValue(scope, REGION_ID, (stack) => new DataAwsRegion(stack, REGION_ID).region);
}

/** The account the stack's provider deploys into, as a token. */
export function accountOf(scope: IConstruct): string {
  return singletonValue(scope, ACCOUNT_ID, (stack) => new DataAwsCallerIdentity(stack, ACCOUNT_ID).accountId);
}

/** The parts of an ARN, as aws-cdk-lib's `ArnComponents`. */
export interface ArnParts {
  readonly service: string;
  /** Resource type or the whole resource part, e.g. `table` or `rule`. */
  readonly resource: string;
  /** Name after the resource type. */
  readonly resourceName?: string;
  /** Separator between resource and name. */
  readonly separator?: '/' | ':';
  /** Region; `''` leaves it empty. Default: the stack's region. */
  readonly region?: string;
  /** Account; `''` leaves it empty. Default: the stack's account. */
  readonly account?: string;
}

/** `arn:<partition>:<service>:<region>:<account>:<resource><sep><name>`, never with a literal partition. */
export function formatArn(scope: IConstruct, parts: ArnParts): string {
  const region = parts.region ?? regionOf(scope);
  const account = parts.account ?? accountOf(scope);
  const name = parts.resourceName === undefined ? '' : `${parts.separator ?? '/'}${parts.resourceName}`;
  return `arn:${partitionOf(scope)}:${parts.service}:${region}:${account}:${parts.resource}${name}`;
}
