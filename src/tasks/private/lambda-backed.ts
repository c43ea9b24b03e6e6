// The Lambda functions behind EvaluateExpression and CallAwsServiceCrossRegion. Their code is plain
// JavaScript shipped in the package (lambda-handlers/<name>/index.js); at synthesis each handler becomes
// one TerraformAsset archive per stack, which `cdktf synth` writes into cdktf.out and the module exporter
// copies into a module (`path.module`). Each function runs under a role trusted by lambda.amazonaws.com
// whose inline policy holds the CloudWatch Logs statement for its log groups and whatever its tasks add.
import * as fs from 'fs';
import * as path from 'path';
import type { Construct, IConstruct } from 'constructs';
import { formatArn } from '../../core/arn';
import { AssetType, type IamRole, IamRolePolicy, LambdaFunction, Lazy, TerraformAsset, TerraformStack, type IResolveContext } from '../../core/cdktf';
import { mapFor } from '../../core/maps';
import { policyDocument } from '../../iam/managed-policies';
import { mergeStatements } from '../../iam/policy-document';
import { createServiceRole } from '../../iam/service-role';
import { PolicyStatement } from '../../iam/policy-statement';
import { toTerraformJson } from '../../render/serializer';

const HANDLERS = 'lambda-handlers';
const LOG_ACTIONS = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];

let handlersRoot: string | undefined;

/**
 * The directory holding the handlers: found from this module upwards, since it sits in src/tasks/private
 * in the sources and in lib/ (one bundle) in the package.
 */
export function handlersDirectory(): string {
  if (handlersRoot) return handlersRoot;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, HANDLERS);
    if (fs.existsSync(candidate)) return (handlersRoot = candidate);
    if (path.dirname(dir) === dir) return (handlersRoot = path.join(__dirname, HANDLERS));
  }
}

const assets = new WeakMap<TerraformStack, Map<string, TerraformAsset>>();

/** The archive of handler `name`, one per stack (construct id `<Id>Code`). */
function handlerArchive(scope: IConstruct, name: string, id: string): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const known = mapFor(assets, stack);
  let asset = known.get(name);
  if (!asset) {
    asset = new TerraformAsset(stack, `${id}Code`, { path: path.join(handlersDirectory(), name), type: AssetType.ARCHIVE });
    known.set(name, asset);
  }
  return asset;
}

/** A role for handler functions with the statements of `policy` inline. */
export interface HandlerRole {
  readonly role: IamRole;
  /** The statements of the role's inline policy; rendered (merged) at synthesis, so later additions count. */
  readonly statements: PolicyStatement[];
}

/**
 * Creates the role of handler functions: the one place where this module makes a role, trusted by
 * lambda.amazonaws.com, under `scope` as `<id>` with its inline policy `<id>Policy`.
 */
function createHandlerRole(scope: Construct, id: string, description: string): HandlerRole {
  const statements: PolicyStatement[] = [];
  // a created role: a readable name and the permissions boundary, path and tags in effect at its scope
  const role = createServiceRole(scope, id, { service: 'lambda.amazonaws.com', description, name: `${TerraformStack.of(scope).node.id}-${id}` });
  new IamRolePolicy(scope, `${id}Policy`, {
    role: role.name,
    name: 'handler',
    policy: Lazy.stringValue({
      produce: (ctx: IResolveContext) => toTerraformJson(policyDocument(mergeStatements(statements)), ctx),
    }),
  });
  return { role, statements };
}

/**
 * The CloudWatch Logs statement for a function writing into log group `name` (a reference to the group's
 * or the function's name, so that a module's `name_prefix` carries over): its streams, and the group
 * itself when Lambda creates it on first use.
 */
export function logStatement(scope: IConstruct, name: string, createsGroup: boolean): PolicyStatement {
  const group = formatArn(scope, { service: 'logs', resource: 'log-group', separator: ':', resourceName: name });
  return new PolicyStatement({
    actions: createsGroup ? LOG_ACTIONS : LOG_ACTIONS.slice(1),
    resources: [group, `${group}:*`],
  });
}

const stackRoles = new WeakMap<TerraformStack, Map<string, HandlerRole>>();

/** The stack's one role with id `id`, created (with `init`) the first time a task needs it. */
export function stackHandlerRole(scope: IConstruct, id: string, description: string, init: (role: HandlerRole, stack: TerraformStack) => void): HandlerRole {
  const stack = TerraformStack.of(scope);
  const known = mapFor(stackRoles, stack);
  let role = known.get(id);
  if (!role) {
    role = createHandlerRole(stack, id, description);
    init(role, stack);
    known.set(id, role);
  }
  return role;
}

/** What a handler function runs. */
export interface HandlerFunctionProps {
  /** The directory under lambda-handlers/. */
  readonly handler: string;
  /** The construct id prefix of the stack's archive (`EvaluateExpression` -> `EvaluateExpressionCode`). */
  readonly codeId: string;
  readonly functionName: string;
  readonly description: string;
  readonly role: IamRole;
  readonly runtime: string;
  readonly architecture?: string;
  readonly timeoutSeconds?: number;
  /** The log group the function writes into. Default: Lambda's `/aws/lambda/<function name>`. */
  readonly logGroupName?: string;
}

/** An `aws_lambda_function` running handler `props.handler` from the stack's archive of it. */
export function handlerFunction(scope: Construct, id: string, props: HandlerFunctionProps): LambdaFunction {
  const code = handlerArchive(scope, props.handler, props.codeId);
  return new LambdaFunction(scope, id, {
    functionName: props.functionName,
    description: props.description,
    role: props.role.arn,
    handler: 'index.handler',
    runtime: props.runtime,
    architectures: props.architecture ? [props.architecture] : undefined,
    timeout: props.timeoutSeconds,
    filename: code.path,
    sourceCodeHash: code.assetHash,
    loggingConfig: props.logGroupName === undefined ? undefined : { logFormat: 'Text', logGroup: props.logGroupName },
  });
}

/** Points the handlers at another directory (tests of the archive's hash); `undefined` resets. @internal */
export function _useHandlersDirectory(dir: string | undefined): void {
  handlersRoot = dir;
}
