import type { Construct } from 'constructs';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { isJsonataExpression } from '../../render/jsonata';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { managedRuleStatement } from '../private/statements';

/** What a MediaConvertCreateJob task does, in either query language. */
export interface MediaConvertCreateJobOptions {
  /**
   * The CreateJob request, passed to MediaConvert as given (keys as the API spells them). `Role`, the
   * ARN of the role MediaConvert transcodes with, and `Settings` are required.
   * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html#jobspost
   */
  readonly createJobRequest: { [key: string]: any };
}

/** Props of a MediaConvertCreateJob task written in JSONPath. */
export interface MediaConvertCreateJobJsonPathProps extends TaskStateJsonPathBaseProps, MediaConvertCreateJobOptions {}

/** Props of a MediaConvertCreateJob task written in JSONata. */
export interface MediaConvertCreateJobJsonataProps extends TaskStateJsonataBaseProps, MediaConvertCreateJobOptions {}

/** Props of a MediaConvertCreateJob task. */
export interface MediaConvertCreateJobProps extends TaskStateBaseProps, MediaConvertCreateJobOptions {}

const EVENTS_RULE = 'StepFunctionsGetEventsForMediaConvertJobRule';
const REQUIRED = ['Role', 'Settings'];

/**
 * Creates an AWS Elemental MediaConvert transcoding job; with RUN_JOB (`.sync`) the state waits for the
 * job to end.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
 * @example
 * import type { IamRole } from '@cdktf/provider-aws/lib/iam-role';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const role: IamRole;
 *
 * // transcodes the file the execution input names into an MP4 and waits for the job
 * new tasks.MediaConvertCreateJob(stack, 'Transcode', {
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   createJobRequest: {
 *     Role: role.arn,
 *     Settings: {
 *       Inputs: [{ FileInput: sfn.JsonPath.stringAt('$.source'), AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } } }],
 *       OutputGroups: [{
 *         OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://example-output/videos/' } },
 *         Outputs: [{
 *           ContainerSettings: { Container: 'MP4' },
 *           VideoDescription: { CodecSettings: { Codec: 'H_264', H264Settings: { RateControlMode: 'QVBR', MaxBitrate: 5000000 } } },
 *         }],
 *       }],
 *     },
 *   },
 * });
 */
export class MediaConvertCreateJob extends TaskStateBase {
  /** A MediaConvertCreateJob task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: MediaConvertCreateJobJsonPathProps): MediaConvertCreateJob {
    return new MediaConvertCreateJob(scope, id, props);
  }

  /** A MediaConvertCreateJob task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: MediaConvertCreateJobJsonataProps): MediaConvertCreateJob {
    return new MediaConvertCreateJob(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: MediaConvertCreateJobProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: MediaConvertCreateJobProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, MediaConvertCreateJob.SUPPORTED_INTEGRATION_PATTERNS);
    for (const key of REQUIRED) {
      const value = props.createJobRequest[key];
      if (value === undefined || value === null || value === '') {
        throw new ValidationError(`'createJobRequest' needs '${key}' (${key === 'Role' ? 'the ARN of the role MediaConvert uses' : 'the job settings'}), got ${describeValue(value)}`, this);
      }
    }
    validateUserFields(this, { createJobRequest: props.createJobRequest });
    this.resourceArn = integrationResourceArn(this, 'mediaconvert', 'createJob', pattern);
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments(this.props.createJobRequest, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    const role = this.props.createJobRequest.Role;
    // a role read from the state input is known only at run time: any role, passed to MediaConvert only
    const dynamicRole = typeof role !== 'string' || JsonPath.isEncodedJsonPath(role) || isJsonataExpression(role);
    const policies = [
      new PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [dynamicRole ? '*' : role],
        conditions: { StringLike: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } },
      }),
      new PolicyStatement({ actions: ['mediaconvert:CreateJob'], resources: ['*'] }),
    ];
    if (pattern === IntegrationPattern.RUN_JOB) {
      policies.push(
        new PolicyStatement({ actions: ['mediaconvert:GetJob', 'mediaconvert:CancelJob'], resources: ['*'] }),
        managedRuleStatement(this, EVENTS_RULE),
      );
    }
    return policies;
  }
}
