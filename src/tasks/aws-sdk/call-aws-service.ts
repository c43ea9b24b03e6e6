import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { requireTaskToken, validateUserFields } from '../private/task-utils';
import { iamPrefixFor } from './private/iam-prefixes';

/** What a CallAwsService task does, in either query language. */
export interface CallAwsServiceOptions {
  /**
   * The AWS service to call, as Step Functions names it (`s3`, `ec2`, `cloudwatchlogs`, `sfn`).
   * Lower-cased in the Resource ARN and in the IAM action.
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  readonly service: string;
  /** The API action to call, in camelCase (`getObject`). */
  readonly action: string;
  /**
   * Parameters of the API call, with PascalCase names (`Bucket`, `Key`).
   * @default - no parameters (`{}`)
   */
  readonly parameters?: { [key: string]: any };
  /**
   * Resources of the IAM statement that allows the call: ARNs, or `*` for an action without
   * resource-level permissions.
   */
  readonly iamResources: string[];
  /**
   * The IAM action that allows the call, where it is not the service's prefix and the API action
   * (`s3:listBuckets` is allowed by `s3:ListAllMyBuckets`).
   * @default - the service's IAM prefix (`sfn` is `states`, `cloudwatchlogs` is `logs`, ...) and `action`
   */
  readonly iamAction?: string;
  /**
   * More IAM statements the call needs (`rekognition:detectLabels` reads the image from S3).
   * @default - none
   */
  readonly additionalIamStatements?: PolicyStatement[];
}

/** Props of a CallAwsService task written in JSONPath. */
export interface CallAwsServiceJsonPathProps extends TaskStateJsonPathBaseProps, CallAwsServiceOptions {}

/** Props of a CallAwsService task written in JSONata. */
export interface CallAwsServiceJsonataProps extends TaskStateJsonataBaseProps, CallAwsServiceOptions {}

/** Props of a CallAwsService task. */
export interface CallAwsServiceProps extends TaskStateBaseProps, CallAwsServiceOptions {}

// Step Functions' SDK service names are letters and digits (`elasticloadbalancingv2`).
const SERVICE_NAME = /^[A-Za-z0-9]+$/;
// An API action in camelCase: a lower-case letter, then letters and digits.
const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;
// A parameter name in PascalCase starts with an upper-case letter (`Key`, `Key.$`).
const PASCAL_CASE = /^[A-Z]/;

/**
 * Calls any action of an AWS service's API through Step Functions' AWS SDK integration.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 * @example
 * import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const invoices: S3Bucket;
 *
 * // any API action through the AWS SDK integration; the role gets s3:getObject on the objects named
 * new tasks.CallAwsService(stack, 'Read invoice', {
 *   service: 's3',
 *   action: 'getObject',
 *   parameters: { Bucket: invoices.bucket, Key: sfn.JsonPath.stringAt('$.invoiceKey') },
 *   iamResources: [`${invoices.arn}/*`],
 *   resultSelector: { body: sfn.JsonPath.stringAt('$.Body') },
 * });
 */
export class CallAwsService extends TaskStateBase {
  /** A CallAwsService task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: CallAwsServiceJsonPathProps): CallAwsService {
    return new CallAwsService(scope, id, props);
  }

  /** A CallAwsService task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: CallAwsServiceJsonataProps): CallAwsService {
    return new CallAwsService(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: CallAwsServiceProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: CallAwsServiceProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, CallAwsService.SUPPORTED_INTEGRATION_PATTERNS);
    validateNames(this, props);
    validateUserFields(this, { parameters: props.parameters });
    requireTaskToken(this, pattern, props.parameters, 'parameters');

    // Step Functions reads the service name in lower case; IAM prefixes are lower case too
    const service = Token.isUnresolved(props.service) ? props.service : props.service.toLowerCase();
    this.resourceArn = integrationResourceArn(this, 'aws-sdk', `${service}:${props.action}`, pattern);
    this.taskPolicies = [
      new PolicyStatement({ actions: [props.iamAction ?? `${iamPrefixFor(service)}:${props.action}`], resources: props.iamResources }),
      ...(props.additionalIamStatements ?? []),
    ];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments(this.props.parameters ?? {}, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}

function validateNames(scope: Construct, props: CallAwsServiceProps): void {
  const { service, action, parameters, iamResources } = props;
  if (!Token.isUnresolved(service) && !SERVICE_NAME.test(service)) {
    throw new ValidationError(`'service' must be an AWS SDK service name of letters and digits, as Step Functions names it (s3, cloudwatchlogs, sfn), got ${describeValue(service)}`, scope);
  }
  if (!Token.isUnresolved(action) && !CAMEL_CASE.test(action)) {
    throw new ValidationError(`'action' must be an API action in camelCase (getObject, not GetObject), got ${describeValue(action)}`, scope);
  }
  const keys = Object.keys(parameters ?? {}).filter((key) => !Token.isUnresolved(key) && !PASCAL_CASE.test(key));
  if (keys.length > 0) {
    throw new ValidationError(`'parameters' names must be PascalCase (Bucket, not bucket), got ${keys.map((k) => describeValue(k)).join(', ')}`, scope);
  }
  if (iamResources.length === 0) {
    throw new ValidationError("'iamResources' must hold at least one resource ARN (or '*' for an action without resource-level permissions), got []", scope);
  }
}
