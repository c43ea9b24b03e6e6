import type { IConstruct } from 'constructs';
import { DataAwsCallerIdentity, DataAwsPartition, DataAwsRegion, TerraformStack } from './cdktf';
import { mapFor } from './maps';

// One data source of each kind per stack, created the first time an ARN needs it. Their construct ids
// become the Terraform addresses data.aws_partition.current_partition and so on: they are public API.
const PARTITION_ID = 'current_partition';
const REGION_ID = 'current_region';
const ACCOUNT_ID = 'current_account';

// One value per stack and id: reading a data source attribute creates a new token each time, and an ARN
// built from them is one string however many states use it.
const values = new WeakMap<TerraformStack, Map<string, string>>();

/** The string `read` makes for `id` in the stack of `scope`, made once per stack. */
export function stackValue(scope: IConstruct, id: string, read: (stack: TerraformStack) => string): string {
  const stack = TerraformStack.of(scope);
  const known = mapFor(values, stack);
  let value = known.get(id);
  if (value === undefined) {
    value = read(stack);
    known.set(id, value);
  }
  return value;
}

/** The AWS partition of the stack's provider (`aws`, `aws-cn`, `aws-us-gov`, ...), as a token. */
export function partitionOf(scope: IConstruct): string {
  return stackValue(scope, PARTITION_ID, (stack) => new DataAwsPartition(stack, PARTITION_ID).partition);
}

/** The DNS suffix of the stack's partition (`amazonaws.com`, `amazonaws.com.cn`, ...), as a token. */
export function dnsSuffixOf(scope: IConstruct): string {
  partitionOf(scope);
  return stackValue(scope, 'dns_suffix', (stack) => (stack.node.findChild(PARTITION_ID) as DataAwsPartition).dnsSuffix);
}

/** The region of the stack's provider, as a token. */
export function regionOf(scope: IConstruct): string {
  return stackValue(scope, REGION_ID, (stack) => new DataAwsRegion(stack, REGION_ID).region);
}

/** The account the stack's provider deploys into, as a token. */
export function accountOf(scope: IConstruct): string {
  return stackValue(scope, ACCOUNT_ID, (stack) => new DataAwsCallerIdentity(stack, ACCOUNT_ID).accountId);
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
