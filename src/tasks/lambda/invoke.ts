import type { Construct } from 'constructs';
import { Duration } from '../../core/duration';
import { ValidationError, describeValue } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import { sharedStatements } from '../private/statements';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { validateFields } from '../../render/json-path';
import { isJsonataExpression } from '../../render/jsonata';
import { JsonPath } from '../../sfn/fields';
import { InputType, type TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isLiteral, requireTaskToken } from '../private/task-utils';
import type { LambdaFunctionRef } from '../refs';
import { cachedRef } from '../../core/refs';

/** How Lambda runs the function (`InvocationType`). */
export enum LambdaInvocationType {
  /** Synchronously: the task gets the function's response. */
  REQUEST_RESPONSE = 'RequestResponse',
  /** Asynchronously: Lambda queues the event and the task goes on at once. */
  EVENT = 'Event',
  /** Only checks the parameters and the permissions. */
  DRY_RUN = 'DryRun',
}

/** What a LambdaInvoke task does, in either query language. */
export interface LambdaInvokeOptions {
  /** The function, alias or version to call. */
  readonly lambdaFunction: LambdaFunctionRef;
  /**
   * The event the function receives (`Payload`).
   * @default - the state input: `$` in JSONPath, `{% $states.input %}` in JSONata
   */
  readonly payload?: TaskInput;
  /**
   * How Lambda runs the function.
   * @default LambdaInvocationType.REQUEST_RESPONSE
   */
  readonly invocationType?: LambdaInvocationType;
  /**
   * Base64-encoded client context passed to the function (`ClientContext`).
   * @default - none
   */
  readonly clientContext?: string;
  /**
   * Version or alias to call (`Qualifier`).
   * @default - the function's unqualified ARN ($LATEST)
   * @deprecated pass the alias or version itself as `lambdaFunction`
   */
  readonly qualifier?: string;
  /**
   * Call the function directly, with the function ARN as `Resource`: the task's result is the
   * function's response alone, without the `Payload`/`StatusCode` envelope. Cannot be combined with
   * `integrationPattern`, `invocationType`, `clientContext` or `qualifier`.
   * @default false
   */
  readonly payloadResponseOnly?: boolean;
  /**
   * Retry on Lambda's transient service errors (`Lambda.ServiceException`, `Lambda.AWSLambdaException`,
   * `Lambda.SdkClientException`, `Lambda.ClientExecutionTimeoutException`): 6 attempts, 2 s, backoff 2.
   * @default true
   */
  readonly retryOnServiceExceptions?: boolean;
}

/** Props of a LambdaInvoke task written in JSONPath. */
export interface LambdaInvokeJsonPathProps extends TaskStateJsonPathBaseProps, LambdaInvokeOptions {}

/** Props of a LambdaInvoke task written in JSONata. */
export interface LambdaInvokeJsonataProps extends TaskStateJsonataBaseProps, LambdaInvokeOptions {}

/** Props of a LambdaInvoke task. */
export interface LambdaInvokeProps extends TaskStateBaseProps, LambdaInvokeOptions {}

const LAMBDA_ARN = /^arn:[^:]+:lambda:[^:]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;
const SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
];

/**
 * Invokes a Lambda function.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 * @example
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const scoreFn: LambdaFunction;
 *
 * new tasks.LambdaInvoke(stack, 'Score order', {
 *   lambdaFunction: scoreFn,
 *   payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.id'), lines: sfn.JsonPath.listAt('$.lines') }),
 *   // keeps the input and adds the score the function returns under $.score
 *   resultSelector: { value: sfn.JsonPath.numberAt('$.Payload.score') },
 *   resultPath: '$.score',
 * });
 */
export class LambdaInvoke extends TaskStateBase {
  /** A LambdaInvoke task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: LambdaInvokeJsonPathProps): LambdaInvoke {
    return new LambdaInvoke(scope, id, props);
  }

  /** A LambdaInvoke task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: LambdaInvokeJsonataProps): LambdaInvoke {
    return new LambdaInvoke(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: LambdaInvokeProps;
  private readonly functionArn: string;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: LambdaInvokeProps) {
    super(scope, id, props);
    this.props = props;
    const fn = cachedRef(props.lambdaFunction);
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, LambdaInvoke.SUPPORTED_INTEGRATION_PATTERNS);
    const arn = fn.arn;
    this.functionArn = arn;
    if (isLiteral(arn) && !LAMBDA_ARN.test(arn)) {
      throw new ValidationError(`'lambdaFunction.arn' must be a Lambda function ARN (arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]), got ${describeValue(arn)}`, this);
    }
    if (props.payloadResponseOnly) this.validatePayloadResponseOnly();
    if (props.payload) validateFields(props.payload.value, "'payload'", this);
    requireTaskToken(this, pattern, props.payload?.value, 'payload');

    this.resourceArn = props.payloadResponseOnly ? arn : integrationResourceArn(this, 'lambda', 'invoke', pattern);
    this.taskPolicies = sharedStatements(fn, ['lambda:InvokeFunction'], () => invokeResources(fn));
    if (props.retryOnServiceExceptions ?? true) {
      this.addRetry({ errors: SERVICE_ERRORS, interval: Duration.seconds(2), maxAttempts: 6, backoffRate: 2 });
    }
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    const p = this.props;
    if (p.payloadResponseOnly) {
      return { Resource: this.resourceArn, ...this._renderParametersOrArguments(p.payload?.value, language) };
    }
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        FunctionName: this.functionArn,
        Payload: p.payload ? p.payload.value : defaultPayload(language),
        InvocationType: p.invocationType,
        ClientContext: p.clientContext,
        Qualifier: p.qualifier,
      }, language),
    };
  }

  private validatePayloadResponseOnly(): void {
    const p = this.props;
    const conflicting = (['integrationPattern', 'invocationType', 'clientContext', 'qualifier'] as const).filter((k) => p[k] !== undefined);
    if (conflicting.length > 0) {
      throw new ValidationError(`'payloadResponseOnly' cannot be combined with ${conflicting.map((k) => `'${k}'`).join(', ')}: the function is called directly, without the Lambda integration's parameters`, this);
    }
    // With payloadResponseOnly the payload is the whole of Parameters/Arguments: an object, or a
    // JSONata expression in a JSONata state.
    const payload = p.payload;
    if (payload && payload.type === InputType.TEXT && !(isJsonataExpression(payload.value) && p.queryLanguage !== QueryLanguage.JSON_PATH)) {
      throw new ValidationError(`'payload' must be TaskInput.fromObject(...) (or a JSONata expression in a JSONata state) when 'payloadResponseOnly' is true, because it becomes the state's Parameters; got the text ${describeValue(payload.value)}`, this);
    }
  }
}

function defaultPayload(language: QueryLanguage): string {
  return language === QueryLanguage.JSONATA ? '{% $states.input %}' : JsonPath.entirePayload;
}

/** What `lambda:InvokeFunction` is granted on: the function and its versions and aliases, or just the alias/version. */
function invokeResources(fn: LambdaFunctionRef): string[] {
  const qualified = fn.terraformResourceType === 'aws_lambda_alias' || (isLiteral(fn.arn) && fn.arn.split(':').length === 8);
  return qualified ? [fn.arn] : [fn.arn, `${fn.arn}:*`];
}
