import type { Construct } from 'constructs';
import { cachedRef } from '../../core/refs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn } from '../../render/integration';
import { TaskStateBase } from '../../sfn/states/task-base';
import { QueryLanguage } from '../../sfn/types';
import type { ApiGatewayRestApiRef } from '../refs';
import type { CallApiGatewayEndpointBaseProps, CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayEndpointJsonPathBaseProps } from './base-types';
import {
  endpointHost, endpointParameters, executeApiStatements, regionOfExecutionArn, validateEndpointOptions, validateExecutionArn,
  validateStageName,
} from './private/endpoint';

/** Which REST API a CallApiGatewayRestApiEndpoint task calls. */
export interface CallApiGatewayRestApiEndpointOptions {
  /** The REST API (`ApiGatewayRestApi`, `DataAwsApiGatewayRestApi` or `{ id, executionArn }`). */
  readonly api: ApiGatewayRestApiRef;
  /** The stage the API is deployed to (`Stage`). */
  readonly stageName: string;
  /**
   * Region of the API's endpoint host.
   * @default - the region in the API's `executionArn`
   */
  readonly region?: string;
}

/** Props of a CallApiGatewayRestApiEndpoint task written in JSONPath. */
export interface CallApiGatewayRestApiEndpointJsonPathProps extends CallApiGatewayEndpointJsonPathBaseProps, CallApiGatewayRestApiEndpointOptions {}

/** Props of a CallApiGatewayRestApiEndpoint task written in JSONata. */
export interface CallApiGatewayRestApiEndpointJsonataProps extends CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayRestApiEndpointOptions {}

/** Props of a CallApiGatewayRestApiEndpoint task. */
export interface CallApiGatewayRestApiEndpointProps extends CallApiGatewayEndpointBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * Calls a method of an API Gateway REST API (`apigateway:invoke`), and waits for a callback with
 * WAIT_FOR_TASK_TOKEN. Header and query parameter values are lists of strings.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 * @example
 * import type { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const ordersApi: ApiGatewayRestApi;
 *
 * new tasks.CallApiGatewayRestApiEndpoint(stack, 'Create order', {
 *   api: ordersApi,
 *   stageName: 'prod',
 *   method: tasks.HttpMethod.POST,
 *   apiPath: '/orders',
 *   requestBody: sfn.TaskInput.fromJsonPathAt('$.order'),
 *   // the API checks the caller's signature: the role gets execute-api:Invoke on this path
 *   authType: tasks.AuthType.IAM_ROLE,
 *   resultSelector: { orderId: sfn.JsonPath.stringAt('$.ResponseBody.id') },
 * });
 */
export class CallApiGatewayRestApiEndpoint extends TaskStateBase {
  /** A CallApiGatewayRestApiEndpoint task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointJsonPathProps): CallApiGatewayRestApiEndpoint {
    return new CallApiGatewayRestApiEndpoint(scope, id, props);
  }

  /** A CallApiGatewayRestApiEndpoint task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointJsonataProps): CallApiGatewayRestApiEndpoint {
    return new CallApiGatewayRestApiEndpoint(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: CallApiGatewayRestApiEndpointProps;
  private readonly resourceArn: string;
  private readonly host: string;

  constructor(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointProps) {
    super(scope, id, props);
    const api = cachedRef(props.api);
    this.props = props;
    const pattern = validateEndpointOptions(this, props);
    validateStageName(this, props.stageName, false);
    validateExecutionArn(this, api.executionArn, 'api.executionArn');
    this.resourceArn = integrationResourceArn(this, 'apigateway', 'invoke', pattern);
    this.host = endpointHost(this, api.id, props.region ?? regionOfExecutionArn(api.executionArn));
    this.taskPolicies = executeApiStatements(props, api.executionArn, props.stageName);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments(endpointParameters(this.props, this.host, this.props.stageName), this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
