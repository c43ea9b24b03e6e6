import type { Construct } from 'constructs';
import { Annotations, TerraformStack } from '../../core/cdktf';
import { Duration } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import { generatedName } from '../../core/names';
import { cachedRef } from '../../core/refs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { isJsonataExpression } from '../../render/jsonata';
import { isEncodedJsonPath } from '../../render/tokens';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { iamPrefixFor } from './private/iam-prefixes';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { Runtime } from '../lambda-runtime';
import { handlerFunction, logStatement, stackHandlerRole } from '../private/lambda-backed';
import { sharedStatements } from '../private/statements';
import { isLiteral, requireTaskToken, validateUserFields } from '../private/task-utils';

/** What a CallAwsServiceCrossRegion task does, in either query language. */
export interface CallAwsServiceCrossRegionOptions {
  /**
   * The service, as the AWS SDK for JavaScript v3 names its package (`s3` for `@aws-sdk/client-s3`,
   * `cloudwatch-logs`, `sfn`).
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
   */
  readonly service: string;
  /** The API action, in camelCase (`getObject`). */
  readonly action: string;
  /**
   * The action's input, as the SDK v3 command takes it (PascalCase names).
   * @default - no parameters
   */
  readonly parameters?: { [key: string]: any };
  /** The resources the function's role may call the action on. */
  readonly iamResources: string[];
  /**
   * The IAM action the function's role is allowed, when it is not `<service>:<action>` (e.g.
   * `s3:ListAllMyBuckets` for `listBuckets`).
   * @default - `<IAM prefix of service>:<action>`
   */
  readonly iamAction?: string;
  /**
   * More statements for the function's role, for calls that need more than one permission.
   * @default - none
   */
  readonly additionalIamStatements?: PolicyStatement[];
  /** The region to call the API in (`us-east-1`). */
  readonly region: string;
  /**
   * The endpoint to call instead of the service's default one. An endpoint read from the state input is
   * chosen by whoever starts the execution, who could send the signed request to a server of theirs:
   * synthesis warns about it.
   * @default - the service's endpoint in `region`
   */
  readonly endpoint?: string;
  /**
   * Retry on Lambda's transient service errors (`Lambda.ServiceException`, `Lambda.AWSLambdaException`,
   * `Lambda.SdkClientException`, `Lambda.ClientExecutionTimeoutException`): 6 attempts, 2 s, backoff 2.
   * @default true
   */
  readonly retryOnServiceExceptions?: boolean;
}

/** Props of a CallAwsServiceCrossRegion task written in JSONPath. */
export interface CallAwsServiceCrossRegionJsonPathProps extends TaskStateJsonPathBaseProps, CallAwsServiceCrossRegionOptions {}

/** Props of a CallAwsServiceCrossRegion task written in JSONata. */
export interface CallAwsServiceCrossRegionJsonataProps extends TaskStateJsonataBaseProps, CallAwsServiceCrossRegionOptions {}

/** Props of a CallAwsServiceCrossRegion task. */
export interface CallAwsServiceCrossRegionProps extends TaskStateBaseProps, CallAwsServiceCrossRegionOptions {}

const SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
];
const HANDLER_ID = 'CallAwsServiceCrossRegion';
const SERVICE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const SSRF_WARNING = '[@aws-cdk/aws-stepfunctions-tasks:crossRegionEndpointSsrfRisk] '
  + "'endpoint' is read from the state input (JsonPath or JSONata), so whoever starts an execution chooses it: they could send the signed AWS request "
  + 'to a server of theirs and capture or replay it. Read the endpoint from the input only if you trust every principal that can start this state machine.';

// The SDK v3 package names a service with dashes (`cloudwatch-logs`); the integration's names drop them.
function iamPrefix(service: string): string {
  return iamPrefixFor(service.replace(/-/g, ''));
}

/**
 * Calls an AWS API action in another region, through a Lambda function that the task creates once per
 * stack (construct `CallAwsServiceCrossRegionHandler`) and that calls the API with the AWS SDK v3 of
 * the Lambda Node.js runtime. The function's role gets the permissions of every such task of the stack.
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // read a replica in another region; the stack's one cross-region function makes the call
 * new tasks.CallAwsServiceCrossRegion(stack, 'Read replica', {
 *   region: 'eu-central-1',
 *   service: 's3',
 *   action: 'getObject',
 *   parameters: { Bucket: 'orders-replica', Key: sfn.JsonPath.stringAt('$.key') },
 *   iamResources: ['arn:aws:s3:::orders-replica/*'],
 *   resultSelector: { body: sfn.JsonPath.stringAt('$.Body') },
 * });
 */
export class CallAwsServiceCrossRegion extends TaskStateBase {
  /** A CallAwsServiceCrossRegion task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: CallAwsServiceCrossRegionJsonPathProps): CallAwsServiceCrossRegion {
    return new CallAwsServiceCrossRegion(scope, id, props);
  }

  /** A CallAwsServiceCrossRegion task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: CallAwsServiceCrossRegionJsonataProps): CallAwsServiceCrossRegion {
    return new CallAwsServiceCrossRegion(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: CallAwsServiceCrossRegionProps;
  private readonly pattern: IntegrationPattern;
  private readonly functionArn: string;

  constructor(scope: Construct, id: string, props: CallAwsServiceCrossRegionProps) {
    super(scope, id, props);
    this.props = props;
    this.pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, this.pattern, CallAwsServiceCrossRegion.SUPPORTED_INTEGRATION_PATTERNS);
    this.validate();

    const handler = crossRegionHandler(this);
    handler.statements.push(new PolicyStatement({ actions: [props.iamAction ?? `${iamPrefix(props.service)}:${props.action}`], resources: props.iamResources }));
    handler.statements.push(...(props.additionalIamStatements ?? []));
    this.functionArn = handler.functionArn;
    this.taskPolicies = sharedStatements(handler, ['lambda:InvokeFunction'], () => [handler.functionArn, `${handler.functionArn}:*`]);
    if (props.retryOnServiceExceptions ?? true) {
      this.addRetry({ errors: SERVICE_ERRORS, interval: Duration.seconds(2), maxAttempts: 6, backoffRate: 2 });
    }
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    const p = this.props;
    const call = { region: p.region, endpoint: p.endpoint, action: p.action, service: p.service, parameters: p.parameters };
    if (this.pattern === IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      return {
        Resource: integrationResourceArn(this, 'lambda', 'invoke', this.pattern),
        ...this._renderParametersOrArguments({ FunctionName: this.functionArn, Payload: call }, language),
      };
    }
    return { Resource: this.functionArn, ...this._renderParametersOrArguments(call, language) };
  }

  private validate(): void {
    const p = this.props;
    if (isLiteral(p.service) && !SERVICE.test(p.service)) {
      throw new ValidationError(`'service' must be the name of an AWS SDK v3 package without '@aws-sdk/client-' (lower case words joined by '-', e.g. 's3', 'cloudwatch-logs'); got ${describeValue(p.service)}`, this);
    }
    if (isLiteral(p.action) && !/^[a-z][A-Za-z0-9]*$/.test(p.action)) {
      throw new ValidationError(`'action' must be the API action in camelCase (e.g. 'getObject'); got ${describeValue(p.action)}`, this);
    }
    if (isLiteral(p.region) && !isEncodedJsonPath(p.region) && !isJsonataExpression(p.region) && !REGION.test(p.region)) {
      throw new ValidationError(`'region' must be an AWS region code (e.g. 'us-east-1'); got ${describeValue(p.region)}`, this);
    }
    if (p.endpoint !== undefined) this.validateEndpoint(p.endpoint);
    validateUserFields(this, { parameters: p.parameters, region: p.region, endpoint: p.endpoint });
    requireTaskToken(this, this.pattern, p.parameters, 'parameters');
  }

  private validateEndpoint(endpoint: string): void {
    if (isEncodedJsonPath(endpoint) || isJsonataExpression(endpoint)) {
      Annotations.of(this).addWarning(SSRF_WARNING);
      return;
    }
    if (!isLiteral(endpoint)) return;
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new ValidationError(`'endpoint' must be an http(s) URL (e.g. 'https://s3.us-west-2.amazonaws.com'); got ${describeValue(endpoint)}`, this);
    }
  }
}

/** The stack's one function and the statements of its role. */
interface CrossRegionHandler {
  readonly functionArn: string;
  readonly statements: PolicyStatement[];
}

const handlers = new WeakMap<TerraformStack, CrossRegionHandler>();

function crossRegionHandler(scope: Construct): CrossRegionHandler {
  const stack = TerraformStack.of(scope);
  let handler = handlers.get(stack);
  if (handler) return handler;
  const functionName = `call-aws-sdk-${generatedName(stack, 64 - 'call-aws-sdk-'.length).replace(/^-/, '')}`;
  const { role, statements } = stackHandlerRole(scope, `${HANDLER_ID}Role`, 'Runs the function of the CallAwsServiceCrossRegion tasks of this stack', () => undefined);
  const fn = handlerFunction(stack, `${HANDLER_ID}Handler`, {
    handler: 'call-aws-service-cross-region',
    codeId: HANDLER_ID,
    functionName,
    description: 'Calls AWS APIs in other regions for the CallAwsServiceCrossRegion tasks of this stack',
    role,
    runtime: Runtime.NODEJS_LATEST.name,
    timeoutSeconds: 30,
  });
  const ref = cachedRef(fn);
  // the log group Lambda creates for the function, named through a reference to the function's name
  statements.unshift(logStatement(stack, `/aws/lambda/${ref.functionName}`, true));
  handler = { functionArn: ref.arn, statements };
  handlers.set(stack, handler);
  return handler;
}
