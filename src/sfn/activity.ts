import { Construct } from 'constructs';
import { SfnActivity } from '../core/cdktf';
import { generatedName } from '../core/names';
import { checkProps } from '../core/private/prop-check';
import { PolicyStatement } from '../iam/policy-statement';
import type { IamRoleRef } from '../iam/refs';
import type { EncryptionConfiguration } from './encryption';
import { grantsTo } from '../iam/grants';

/** Props of an Activity. */
export interface ActivityProps {
  /**
   * Name of the activity.
   * @default - a unique name derived from the construct path
   */
  readonly activityName?: string;
  /**
   * Encryption of the activity's data.
   * @default - a key owned by AWS
   */
  readonly encryptionConfiguration?: EncryptionConfiguration;
}

/**
 * A Step Functions activity (`aws_sfn_activity`): work done by your own workers.
 * @example
 * import type { IamRole } from '@cdktf/provider-aws/lib/iam-role';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const workerRole: IamRole;
 *
 * const review = new sfn.Activity(stack, 'Review', { activityName: 'manual-review' });
 * // the workers may poll for its tasks (SendTaskSuccess, their answer, is granted on '*' in IAM)
 * review.grant(workerRole, 'states:GetActivityTask');
 * const waitForReview = new tasks.StepFunctionsInvokeActivity(stack, 'Wait for review', {
 *   activity: review,
 *   heartbeatTimeout: sfn.Timeout.duration(Duration.hours(1)),
 * });
 */
export class Activity extends Construct {
  /** The `aws_sfn_activity` resource. */
  public readonly resource: SfnActivity;
  /** ARN of the activity. */
  public readonly arn: string;
  /** Name of the activity. */
  public readonly name: string;
  /** The encryption configuration, if any. */
  public readonly encryptionConfiguration?: EncryptionConfiguration;

  constructor(scope: Construct, id: string, props: ActivityProps = {}) {
    super(scope, id);
    checkProps(this, props);
    this.encryptionConfiguration = props.encryptionConfiguration;
    const encryption = props.encryptionConfiguration;
    this.resource = new SfnActivity(this, 'Resource', {
      name: props.activityName ?? generatedName(this, 80),
      encryptionConfiguration: encryption ? {
        type: encryption.type,
        kmsKeyId: encryption.kmsKey?.arn,
        kmsDataKeyReusePeriodSeconds: encryption.kmsDataKeyReusePeriodSeconds?.toSeconds(),
      } : undefined,
    });
    this.arn = this.resource.arn;
    this.name = this.resource.name;
  }

  /** ARN of the activity (aws-cdk-lib's name). */
  public get activityArn(): string {
    return this.arn;
  }

  /** Name of the activity (aws-cdk-lib's name). */
  public get activityName(): string {
    return this.name;
  }

  /**
   * Lets `role` run `actions` on this activity (e.g. `states:GetActivityTask` for a worker); merged with
   * the other grants to the role in the stack, returns the construct that collects them.
   */
  public grant(role: IamRoleRef, ...actions: string[]): Construct {
    const grants = grantsTo(this, role);
    grants.add([new PolicyStatement({ actions, resources: [this.arn] })], this);
    return grants;
  }
}
