import type { IConstruct } from 'constructs';
import { TerraformResource, TerraformStack, Token, resolveValue } from '../core/cdktf';
import { resourceSeenAt } from '../core/refs';
import type { LengthEstimator } from './policy-document';

// Upper estimates of values Terraform only knows at apply time, used to keep every managed policy under
// IAM's size limit. Partition, region and account have known maximum lengths; an ARN is its fixed part
// plus the resource name, which is exact when the name is a literal in the configuration.
const DATA_SOURCE_LENGTHS: Record<string, number> = {
  'aws_partition.partition': 10, // aws-us-gov
  'aws_region.region': 16,
  'aws_region.name': 16,
  'aws_caller_identity.account_id': 12,
};

// arn:<partition 10>:<service>:<region 16>:<account 12>:<resource prefix><name>
interface ArnShape {
  readonly service: string;
  readonly prefix: string;
  readonly nameInput: string;
  readonly maxName: number;
  /** The input of a path the name follows (`/` when unset), and the longest it may be. */
  readonly pathInput?: string;
  readonly maxPath?: number;
}

const ARN_SHAPES: Record<string, ArnShape> = {
  aws_lambda_function: { service: 'lambda', prefix: 'function:', nameInput: 'functionNameInput', maxName: 64 },
  aws_lambda_alias: { service: 'lambda', prefix: 'function:', nameInput: 'functionNameInput', maxName: 64 + 1 + 128 },
  aws_sfn_state_machine: { service: 'states', prefix: 'stateMachine:', nameInput: 'nameInput', maxName: 80 },
  aws_sfn_activity: { service: 'states', prefix: 'activity:', nameInput: 'nameInput', maxName: 80 },
  aws_sns_topic: { service: 'sns', prefix: '', nameInput: 'nameInput', maxName: 256 },
  aws_sqs_queue: { service: 'sqs', prefix: '', nameInput: 'nameInput', maxName: 80 },
  aws_dynamodb_table: { service: 'dynamodb', prefix: 'table/', nameInput: 'nameInput', maxName: 255 },
  aws_s3_bucket: { service: 's3', prefix: '', nameInput: 'bucketInput', maxName: 63 },
  aws_iam_role: { service: 'iam', prefix: 'role/', nameInput: 'nameInput', maxName: 64, pathInput: 'pathInput', maxPath: 512 },
  aws_kms_key: { service: 'kms', prefix: 'key/', nameInput: '', maxName: 36 },
  aws_cloudwatch_log_group: { service: 'logs', prefix: 'log-group:', nameInput: 'nameInput', maxName: 512 },
  aws_cloudwatch_event_bus: { service: 'events', prefix: 'event-bus/', nameInput: 'nameInput', maxName: 256 },
};
const ARN_FIXED = 'arn::::::'.length + 10 + 16 + 12;
const UNKNOWN_ARN = 256;
const UNKNOWN_VALUE = 128;

/**
 * Builds an estimator for the strings of one stack (raw values, with tokens). Resources are indexed once,
 * so estimating is linear in the number of references.
 */
export function referenceLengthEstimator(scope: IConstruct, resolve: (value: string) => string = (v) => String(resolveValue(scope, v))): LengthEstimator {
  const template = templateLengthEstimator(scope);
  const lengths = new Map<string, number>();
  return (value: string) => {
    if (!Token.isUnresolved(value)) return value.length;
    const known = lengths.get(value);
    if (known !== undefined) return known;
    const length = template(resolve(value));
    lengths.set(value, length);
    return length;
  };
}

// The resources of each stack by address, for the references no cachedRef has seen: one walk of the
// construct tree serves every estimator of the stack (a stack makes one per state machine and one per
// role given grants: a walk for each would make synthesis quadratic in the number of roles).
const resourceIndexes = new WeakMap<TerraformStack, Map<string, TerraformResource>>();

function indexOf(stack: TerraformStack, refresh: boolean): Map<string, TerraformResource> {
  let index = refresh ? undefined : resourceIndexes.get(stack);
  if (!index) {
    index = new Map();
    for (const c of stack.node.findAll()) {
      if (TerraformResource.isTerraformResource(c)) index.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
    }
    resourceIndexes.set(stack, index);
  }
  return index;
}

// What a path adds to the ARN beyond the prefix's `/`: nothing for a resource with no path set (`/`), the
// path's length less one for a literal path, the longest path for anything else (an imported role).
function pathLength(shape: ArnShape, resource: Record<string, unknown> | undefined): number {
  if (!shape.pathInput) return 0;
  if (!resource) return shape.maxPath ?? 0;
  const path = resource[shape.pathInput];
  if (path === undefined) return 0;
  return typeof path === 'string' && !Token.isUnresolved(path) ? Math.max(0, path.length - 1) : shape.maxPath ?? 0;
}

/**
 * Builds an estimator for resolved Terraform templates of one stack (`arn:${aws_x.y.arn}:*`): literal
 * text counts as it is, each interpolation by the upper estimate of its value.
 */
export function templateLengthEstimator(scope: IConstruct): (src: string) => number {
  const stack = TerraformStack.of(scope);
  let refreshed = false;
  const resourceAt = (address: string) => {
    const seen = resourceSeenAt(stack, address);
    if (seen) return seen;
    const indexed = indexOf(stack, false).get(address);
    if (indexed || refreshed) return indexed;
    // not there when the stack was indexed: this estimator indexes it again, once
    refreshed = true;
    return indexOf(stack, true).get(address);
  };

  const expressionLength = (expr: string): number => {
    // a quoted string, as the serializer writes a `$` before a reference: `${"$"}`
    if (/^\s*"[^"\\]*"\s*$/.test(expr)) return expr.trim().length - 2;
    const parts = expr.trim().split('.');
    if (parts[0] === 'data' && parts.length === 4) {
      return DATA_SOURCE_LENGTHS[`${parts[1]}.${parts[3]}`] ?? UNKNOWN_VALUE;
    }
    if (parts.length === 3 && parts[2] === 'arn') {
      const shape = ARN_SHAPES[parts[0]];
      if (!shape) return UNKNOWN_ARN;
      const resource = resourceAt(`${parts[0]}.${parts[1]}`) as unknown as Record<string, unknown> | undefined;
      const name = shape.nameInput && resource ? resource[shape.nameInput] : undefined;
      const nameLength = typeof name === 'string' && !Token.isUnresolved(name) ? name.length : shape.maxName;
      return ARN_FIXED + shape.service.length + shape.prefix.length + nameLength + pathLength(shape, resource);
    }
    return UNKNOWN_VALUE;
  };

  // the same references recur in every state that calls the same resource: each template is read once
  const known = new Map<string, number>();
  return (src: string): number => {
    let total = known.get(src);
    if (total === undefined) {
      total = templateLength(src);
      known.set(src, total);
    }
    return total;
  };

  function templateLength(src: string): number {
    let total = 0;
    let i = 0;
    while (i < src.length) {
      const start = src.indexOf('${', i);
      if (start < 0) {
        total += src.length - i;
        break;
      }
      if (start > i && src.charCodeAt(start - 1) === 36) {
        // `$${` is the escape of a literal `${`
        total += start - i + 1;
        i = start + 2;
        continue;
      }
      total += start - i;
      const end = src.indexOf('}', start);
      total += expressionLength(src.slice(start + 2, end < 0 ? src.length : end));
      i = end < 0 ? src.length : end + 1;
    }
    return total;
  }
}
