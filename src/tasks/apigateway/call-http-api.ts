import type { Construct } from 'constructs';
import { formatArn, regionOf } from '../../core/arn';
import { ValidationError } from '../../core/errors';
import { cachedRef } from '../../core/refs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn } from '../../render/integration';
import { TaskStateBase } from '../../sfn/states/task-base';
import { QueryLanguage } from '../../sfn/types';
import type { Apigatewayv2ApiRef } from '../refs';
import type { CallApiGatewayEndpointBaseProps, CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayEndpointJsonPathBaseProps } from './base-types';
import {
  DEFAULT_STAGE, endpointHost, endpointParameters, executeApiStatements, regionOfExecutionArn, validateEndpointOptions,
  validateExecutionArn, validateStageName,
} from './private/endpoint';

/** Which HTTP API a CallApiGatewayHttpApiEndpoint task calls: `api`, or `apiId` as in aws-cdk-lib. */
export interface CallApiGatewayHttpApiEndpointOptions {
  /**
   * The HTTP API (`Apigatewayv2Api`, `DataAwsApigatewayv2Api` or `{ id, executionArn }`): the endpoint
   * and `execute-api:Invoke` get the API's own region and account. Give this or `apiId`.
   * @default - see `apiId`
   */
  readonly api?: Apigatewayv2ApiRef;
  /**
   * Id of the API, as aws-cdk-lib takes it: the API is taken to be in the stack's region and account.
   * Give this or `api`.
   * @default - see `api`
   */
  readonly apiId?: string;
  /**
   * The aws-cdk-lib stack the API is defined in. Accepted so that ported code compiles, and ignored:
   * the API's region and account come from `api`, or from the stack for `apiId`.
   * @default - not used
   */
  readonly apiStack?: any;
  /**
   * The stage the API is deployed to (`Stage`).
   * @default '$default'
   */
  readonly stageName?: string;
}

/** Props of a CallApiGatewayHttpApiEndpoint task written in JSONPath. */
export interface CallApiGatewayHttpApiEndpointJsonPathProps extends CallApiGatewayEndpointJsonPathBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/** Props of a CallApiGatewayHttpApiEndpoint task written in JSONata. */
export interface CallApiGatewayHttpApiEndpointJsonataProps extends CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/** Props of a CallApiGatewayHttpApiEndpoint task. */
export interface CallApiGatewayHttpApiEndpointProps extends CallApiGatewayEndpointBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * Calls a route of an API Gateway HTTP API (`apigateway:invoke`), and waits for a callback with
 * WAIT_FOR_TASK_TOKEN. Without `stageName` it calls the `$default` stage.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 * @example
 * import type { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const stockApi: Apigatewayv2Api;
 *
 * // the $default stage; the item id comes from the state input
 * new tasks.CallApiGatewayHttpApiEndpoint(stack, 'Check stock', {
 *   api: stockApi,
 *   method: tasks.HttpMethod.GET,
 *   apiPath: sfn.JsonPath.format('/stock/{}', sfn.JsonPath.stringAt('$.itemId')),
 *   queryParameters: sfn.TaskInput.fromObject({ warehouse: ['north'] }),
 *   resultPath: '$.stock',
 * });
 */
export class CallApiGatewayHttpApiEndpoint extends TaskStateBase {
  /** A CallApiGatewayHttpApiEndpoint task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointJsonPathProps): CallApiGatewayHttpApiEndpoint {
    return new CallApiGatewayHttpApiEndpoint(scope, id, props);
  }

  /** A CallApiGatewayHttpApiEndpoint task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointJsonataProps): CallApiGatewayHttpApiEndpoint {
    return new CallApiGatewayHttpApiEndpoint(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: CallApiGatewayHttpApiEndpointProps;
  private readonly resourceArn: string;
  private readonly host: string;

  constructor(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = validateEndpointOptions(this, props);
    validateStageName(this, props.stageName, true);
    if ((props.api === undefined) === (props.apiId === undefined)) {
      const got = props.api === undefined ? 'neither' : 'both';
      throw new ValidationError(`give the HTTP API as 'api' (Apigatewayv2Api or { id, executionArn }) or as 'apiId', not ${got}`, this);
    }
    let apiId: string;
    let executionArn: string;
    let region: string;
    if (props.api !== undefined) {
      const api = cachedRef(props.api);
      validateExecutionArn(this, api.executionArn, 'api.executionArn');
      apiId = api.id;
      executionArn = api.executionArn;
      region = regionOfExecutionArn(executionArn);
    } else {
      apiId = props.apiId!;
      executionArn = formatArn(this, { service: 'execute-api', resource: apiId });
      region = regionOf(this);
    }
    this.resourceArn = integrationResourceArn(this, 'apigateway', 'invoke', pattern);
    this.host = endpointHost(this, apiId, region);
    this.taskPolicies = executeApiStatements(props, executionArn, props.stageName ?? DEFAULT_STAGE);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments(endpointParameters(this.props, this.host, this.props.stageName), this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
