import type { Duration } from '../../core/duration';
import type { Size } from '../../core/size';
import type { IamRoleRef } from '../../iam/refs';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import type { EmrCreateCluster } from './create-cluster';

/**
 * What an EmrCreateCluster task does, in either query language: the RunJobFlow request.
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html
 */
export interface EmrCreateClusterOptions {
  /** Number, types and network of the cluster's EC2 instances (`Instances`); the cluster stays up when it has no steps left. */
  readonly instances: EmrCreateCluster.InstancesConfigProperty;
  /**
   * Role of the cluster's EC2 instances (`JobFlowRole`): an instance profile of the same name must exist.
   * @default - a role trusted by `ec2.amazonaws.com` and its `aws_iam_instance_profile` are created
   */
  readonly clusterRole?: IamRoleRef;
  /** Name of the cluster (`Name`). */
  readonly name: string;
  /**
   * Role EMR assumes to call other services for the cluster (`ServiceRole`).
   * @default - a role trusted by `elasticmapreduce.amazonaws.com` with `service-role/AmazonElasticMapReduceRole` is created
   */
  readonly serviceRole?: IamRoleRef;
  /**
   * JSON string selecting additional features (`AdditionalInfo`).
   * @default - none
   */
  readonly additionalInfo?: string;
  /**
   * Applications EMR installs, e.g. `{ name: 'Spark' }` (`Applications`).
   * @default - EMR's default applications
   */
  readonly applications?: EmrCreateCluster.ApplicationConfigProperty[];
  /**
   * Role automatic scaling of instance groups assumes (`AutoScalingRole`); not with instance fleets.
   * @default - without instance fleets, a role trusted by `elasticmapreduce.amazonaws.com` and
   * `application-autoscaling.amazonaws.com` with `service-role/AmazonElasticMapReduceforAutoScalingRole` is created
   */
  readonly autoScalingRole?: IamRoleRef;
  /**
   * Scripts run on each node before Hadoop starts (`BootstrapActions`).
   * @default - none
   */
  readonly bootstrapActions?: EmrCreateCluster.BootstrapActionConfigProperty[];
  /**
   * Configuration classifications of the cluster's applications (`Configurations`).
   * @default - none
   */
  readonly configurations?: EmrCreateCluster.ConfigurationProperty[];
  /**
   * ID of a custom EBS-backed Amazon Linux AMI (`CustomAmiId`).
   * @default - the release's AMI
   */
  readonly customAmiId?: string;
  /**
   * Size of each instance's EBS root volume, 15 to 100 whole GiB (`EbsRootVolumeSize`).
   * @default - EMR's default
   */
  readonly ebsRootVolumeSize?: Size;
  /**
   * IOPS of each instance's EBS root volume, 3,000 to 16,000; needs release 6.15.0 or later (`EbsRootVolumeIops`).
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami-root-volume-size.html
   * @default - EMR's default
   */
  readonly ebsRootVolumeIops?: number;
  /**
   * Throughput of each instance's EBS root volume in MiB/s, 125 to 1,000; needs release 6.15.0 or later
   * (`EbsRootVolumeThroughput`).
   * @default - EMR's default
   */
  readonly ebsRootVolumeThroughput?: number;
  /**
   * Kerberos settings, with a security configuration that enables Kerberos (`KerberosAttributes`).
   * @default - no Kerberos
   */
  readonly kerberosAttributes?: EmrCreateCluster.KerberosAttributesProperty;
  /**
   * S3 location the cluster's logs are written to (`LogUri`).
   * @default - no logs in S3
   */
  readonly logUri?: string;
  /**
   * Managed scaling of the cluster (`ManagedScalingPolicy`).
   * @default - no managed scaling
   */
  readonly managedScalingPolicy?: EmrCreateCluster.ManagedScalingPolicyProperty;
  /**
   * EMR release, `emr-<major>.<minor>.<patch>` (`ReleaseLabel`).
   * @default - EMR's default
   */
  readonly releaseLabel?: string;
  /**
   * How instances terminate when the cluster scales in (`ScaleDownBehavior`).
   * @default - EMR's default
   */
  readonly scaleDownBehavior?: EmrCreateCluster.EmrClusterScaleDownBehavior;
  /**
   * Name of the EMR security configuration applied to the cluster (`SecurityConfiguration`).
   * @default - none
   */
  readonly securityConfiguration?: string;
  /**
   * Steps that may run at once, 1 to 256; above 1 needs release 5.28.0 or later (`StepConcurrencyLevel`).
   * @default 1
   */
  readonly stepConcurrencyLevel?: number;
  /**
   * Tags of the cluster, propagated to its EC2 instances (`Tags`).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Whether every IAM principal of the account with the right permissions may act on the cluster (`VisibleToAllUsers`).
   * @default true
   */
  readonly visibleToAllUsers?: boolean;
  /**
   * Idle time after which the cluster terminates, 60 seconds to 7 days (`AutoTerminationPolicy.IdleTimeout`).
   * @default - the cluster does not terminate when idle
   */
  readonly autoTerminationPolicyIdleTimeout?: Duration;
}

/** Props of an EmrCreateCluster task written in JSONPath. */
export interface EmrCreateClusterJsonPathProps extends TaskStateJsonPathBaseProps, EmrCreateClusterOptions {}

/** Props of an EmrCreateCluster task written in JSONata. */
export interface EmrCreateClusterJsonataProps extends TaskStateJsonataBaseProps, EmrCreateClusterOptions {}

/** Props of an EmrCreateCluster task. */
export interface EmrCreateClusterProps extends TaskStateBaseProps, EmrCreateClusterOptions {}
