import type { Construct } from 'constructs';
import { cachedRef } from '../../core/refs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import type { ConnectionRef } from '../refs';
import { type ByLanguage, endpointUrl, formHeaders, isRuntimeValue, validateHttpRequest } from './private/endpoint';

/** How the request body is URL-encoded, and how arrays are written in it. */
export enum URLEncodingFormat {
  /** `array[]=a&array[]=b`. */
  BRACKETS = 'BRACKETS',
  /** `array=a,b`. */
  COMMAS = 'COMMAS',
  /** URL-encoded with Step Functions' default array format (INDICES). */
  DEFAULT = 'DEFAULT',
  /** `array[0]=a&array[1]=b`. */
  INDICES = 'INDICES',
  /** Not URL-encoded: the body is sent as JSON. */
  NONE = 'NONE',
  /** `array=a&array=b`. */
  REPEAT = 'REPEAT',
}

/** What an HttpInvoke task does, in either query language. */
export interface HttpInvokeOptions {
  /**
   * The root URL, `https://` and a host (and a base path), without a trailing `/`. The role may call
   * every URL under it.
   */
  readonly apiRoot: string;
  /** The path under `apiRoot` to call, without a leading `/` (`TaskInput.fromText('orders/1')`). */
  readonly apiEndpoint: TaskInput;
  /** The HTTP method (`TaskInput.fromText('GET')`). */
  readonly method: TaskInput;
  /**
   * The EventBridge connection whose credentials authorize the call (`CloudwatchEventConnection` or
   * `{ arn, secretArn }`).
   */
  readonly connection: ConnectionRef;
  /**
   * The request body (`RequestBody`).
   * @default - no body
   */
  readonly body?: TaskInput;
  /**
   * Request headers (`Headers`).
   * @default - no headers besides the connection's
   */
  readonly headers?: TaskInput;
  /**
   * Query string parameters (`QueryParameters`).
   * @default - none
   */
  readonly queryStringParameters?: TaskInput;
  /**
   * URL-encode the body (`Transform`) with this array format; any value but NONE also sets the header
   * `Content-Type: application/x-www-form-urlencoded`.
   * @default URLEncodingFormat.NONE
   */
  readonly urlEncodingFormat?: URLEncodingFormat;
}

/** Props of an HttpInvoke task written in JSONPath. */
export interface HttpInvokeJsonPathProps extends TaskStateJsonPathBaseProps, HttpInvokeOptions {}

/** Props of an HttpInvoke task written in JSONata. */
export interface HttpInvokeJsonataProps extends TaskStateJsonataBaseProps, HttpInvokeOptions {}

/** Props of an HttpInvoke task. */
export interface HttpInvokeProps extends TaskStateBaseProps, HttpInvokeOptions {}

/**
 * Calls an HTTPS API (`http:invoke`) with the credentials of an EventBridge connection. Only
 * REQUEST_RESPONSE is supported.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
 * @example
 * import type { CloudwatchEventConnection } from '@cdktf/provider-aws/lib/cloudwatch-event-connection';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const paymentsConnection: CloudwatchEventConnection;
 *
 * // the connection holds the API key; Step Functions adds it to the request
 * new tasks.HttpInvoke(stack, 'Charge card', {
 *   connection: paymentsConnection,
 *   apiRoot: 'https://api.payments.example.com',
 *   apiEndpoint: sfn.TaskInput.fromText('v1/charges'),
 *   method: sfn.TaskInput.fromText('POST'),
 *   body: sfn.TaskInput.fromObject({ amount: sfn.JsonPath.numberAt('$.total'), currency: 'EUR' }),
 *   resultSelector: { chargeId: sfn.JsonPath.stringAt('$.ResponseBody.id') },
 * });
 */
export class HttpInvoke extends TaskStateBase {
  /** An HttpInvoke task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: HttpInvokeJsonPathProps): HttpInvoke {
    return new HttpInvoke(scope, id, props);
  }

  /** An HttpInvoke task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: HttpInvokeJsonataProps): HttpInvoke {
    return new HttpInvoke(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: HttpInvokeProps;
  private readonly connection: ConnectionRef;
  private readonly resourceArn: string;
  private readonly url: ByLanguage;
  private readonly headers?: ByLanguage;

  constructor(scope: Construct, id: string, props: HttpInvokeProps) {
    super(scope, id, props);
    this.props = props;
    this.connection = cachedRef(props.connection);
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, HttpInvoke.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, {
      apiRoot: props.apiRoot,
      apiEndpoint: props.apiEndpoint.value,
      method: props.method.value,
      headers: props.headers?.value,
      body: props.body?.value,
      queryStringParameters: props.queryStringParameters?.value,
    });
    validateHttpRequest(this, props);
    this.resourceArn = integrationResourceArn(this, 'http', 'invoke');
    this.url = endpointUrl(props.apiRoot, props.apiEndpoint.value);
    const encoded = props.urlEncodingFormat !== undefined && props.urlEncodingFormat !== URLEncodingFormat.NONE;
    const headers = props.headers?.value;
    this.headers = encoded ? formHeaders(headers) : headers === undefined ? undefined : { jsonPath: headers, jsonata: headers };
    this.taskPolicies = invokeStatements(this.connection, props.apiRoot, props.method.value);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    const pick = (v: ByLanguage | undefined) => (v === undefined ? undefined : language === QueryLanguage.JSONATA ? v.jsonata : v.jsonPath);
    const format = p.urlEncodingFormat;
    const transform = format === undefined || format === URLEncodingFormat.NONE ? undefined : {
      RequestBodyEncoding: 'URL_ENCODED',
      RequestEncodingOptions: format === URLEncodingFormat.DEFAULT ? undefined : { ArrayFormat: format },
    };
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ApiEndpoint: pick(this.url),
        Method: p.method.value,
        Authentication: { ConnectionArn: this.connection.arn },
        Headers: pick(this.headers),
        QueryParameters: p.queryStringParameters?.value,
        RequestBody: p.body?.value,
        Transform: transform,
      }, language),
    };
  }
}

/**
 * The connection's credentials and secret, and `states:InvokeHTTPEndpoint` (no resource-level
 * permission: `*`) limited to URLs under `apiRoot` and to the method, where they are known.
 */
function invokeStatements(connection: ConnectionRef, apiRoot: string, method: string): PolicyStatement[] {
  const conditions: Record<string, Record<string, string>> = {};
  if (!isRuntimeValue(method)) conditions.StringEquals = { 'states:HTTPMethod': method };
  if (!isRuntimeValue(apiRoot)) conditions.StringLike = { 'states:HTTPEndpoint': `${apiRoot}/*` };
  return [
    new PolicyStatement({ actions: ['events:RetrieveConnectionCredentials'], resources: [connection.arn] }),
    new PolicyStatement({ actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], resources: [connection.secretArn] }),
    new PolicyStatement({
      actions: ['states:InvokeHTTPEndpoint'],
      resources: ['*'],
      conditions: Object.keys(conditions).length > 0 ? conditions : undefined,
    }),
  ];
}
