import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { ValidationError, describeValue } from '../../core/errors';
import { cachedRef } from '../../core/refs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isLiteral, validateUserFields } from '../private/task-utils';
import type { EksClusterRef } from '../refs';

/** HTTP method of a call to the Kubernetes API of an EKS cluster. */
export enum HttpMethods {
  /** Read a resource. */
  GET = 'GET',
  /** Create a resource. */
  POST = 'POST',
  /** Replace a resource. */
  PUT = 'PUT',
  /** Delete a resource. */
  DELETE = 'DELETE',
  /** Change part of a resource. */
  PATCH = 'PATCH',
  /** Read a resource's headers only. */
  HEAD = 'HEAD',
}

/** What an EksCall task does, in either query language. */
export interface EksCallOptions {
  /** The cluster whose Kubernetes API is called (`ClusterName`, `Endpoint`, `CertificateAuthority`). */
  readonly cluster: EksClusterRef;
  /** HTTP method of the request (`Method`). */
  readonly httpMethod: HttpMethods;
  /** Path of the Kubernetes API operation (`Path`), such as `/api/v1/namespaces/default/pods`. */
  readonly httpPath: string;
  /**
   * Query parameters of the request, each a list of values (`QueryParameters`).
   * @default - none
   */
  readonly queryParameters?: { [key: string]: string[] };
  /**
   * Body of the request (`RequestBody`).
   * @default - none
   */
  readonly requestBody?: TaskInput;
}

/** Props of an EksCall task written in JSONPath. */
export interface EksCallJsonPathProps extends TaskStateJsonPathBaseProps, EksCallOptions {}

/** Props of an EksCall task written in JSONata. */
export interface EksCallJsonataProps extends TaskStateJsonataBaseProps, EksCallOptions {}

/** Props of an EksCall task. */
export interface EksCallProps extends TaskStateBaseProps, EksCallOptions {}

/**
 * Calls the Kubernetes API of an EKS cluster (`eks:call`). Step Functions reaches only clusters whose
 * API server endpoint is public; the state machine's role must also be mapped to a Kubernetes user or
 * group allowed to make the call (EKS access entries or the `aws-auth` ConfigMap), which this task does
 * not do.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @example
 * import type { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const cluster: EksCluster;
 *
 * // lists the pods of the namespace the execution input names
 * new tasks.EksCall(stack, 'List pods', {
 *   cluster,
 *   httpMethod: tasks.HttpMethods.GET,
 *   httpPath: '/api/v1/namespaces/default/pods',
 *   queryParameters: { labelSelector: ['app=web'] },
 *   resultSelector: { 'items.$': '$.ResponseBody.items' },
 * });
 */
export class EksCall extends TaskStateBase {
  /** An EksCall task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EksCallJsonPathProps): EksCall {
    return new EksCall(scope, id, props);
  }

  /** An EksCall task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EksCallJsonataProps): EksCall {
    return new EksCall(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EksCallProps;
  private readonly resourceArn: string;
  private readonly certificateAuthorityData: string;

  constructor(scope: Construct, id: string, props: EksCallProps) {
    super(scope, id, props);
    const cluster = cachedRef(props.cluster);
    this.props = { ...props, cluster };
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, EksCall.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { httpPath: props.httpPath, queryParameters: props.queryParameters, requestBody: props.requestBody?.value });
    if (isFixedString(props.httpPath) && !props.httpPath.startsWith('/')) {
      throw new ValidationError(`'httpPath' must be a path of the Kubernetes API starting with '/' (such as '/api/v1/namespaces/default/pods'), got ${describeValue(props.httpPath)}`, this);
    }
    const endpoint = cluster.endpoint;
    if (isLiteral(endpoint) && !/^https:\/\/[^/\s]+/.test(endpoint)) {
      throw new ValidationError(`'cluster.endpoint' must be the https:// URL of the cluster's API server, got ${describeValue(endpoint)}`, this);
    }
    this.certificateAuthorityData = cluster.certificateAuthority.get(0).data;

    this.resourceArn = integrationResourceArn(this, 'eks', 'call', props.integrationPattern);
    // aws-cdk-lib grants nothing. The Step Functions documentation of the EKS integration lists
    // eks:DescribeCluster on the called cluster for the Call integration:
    // https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html
    const clusterArn = cluster.arn ?? formatArn(this, { service: 'eks', resource: 'cluster', resourceName: cluster.name });
    this.taskPolicies = [new PolicyStatement({ actions: ['eks:DescribeCluster'], resources: [clusterArn] })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ClusterName: p.cluster.name,
        CertificateAuthority: this.certificateAuthorityData,
        Endpoint: p.cluster.endpoint,
        Method: p.httpMethod,
        Path: p.httpPath,
        QueryParameters: p.queryParameters,
        RequestBody: p.requestBody?.value,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}

/** Whether a string is fixed at synthesis time: no token, no JSONPath reference, no JSONata expression. */
function isFixedString(value: string): boolean {
  return isLiteral(value) && !value.startsWith('$') && !value.includes('{%');
}
