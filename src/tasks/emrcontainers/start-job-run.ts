import type { Construct } from 'constructs';
import { CloudwatchLogGroup, S3Bucket } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { cachedRef } from '../../core/refs';
import { grantsTo } from '../../iam/grants';
import { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef } from '../../iam/refs';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { S3BucketRef } from '../../sfn/states/distributed-map/item-reader';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import { virtualClusterArn } from './private/arns';
import { createJobRole, monitoringStatements } from './private/job-role';
import { validateApplicationConfig, validateNamespace, validateSparkSubmitJobDriver } from './private/validation';
import type {
  ApplicationConfiguration, CloudwatchLogGroupRef, JobDriver, Monitoring, OidcProviderRef, ReleaseLabel, VirtualClusterInput,
} from './start-job-run-types';

/** What an EmrContainersStartJobRun task does, in either query language. */
export interface EmrContainersStartJobRunOptions {
  /** The virtual cluster the job runs on (`VirtualClusterId`). */
  readonly virtualCluster: VirtualClusterInput;
  /**
   * Name of the job run (`Name`).
   * @default - no name
   */
  readonly jobName?: string;
  /**
   * The role the job runs with (`ExecutionRoleArn`): `IamRole`, `DataAwsIamRole` or `{ arn, name }`. Its
   * trust policy must let the service accounts of EMR on EKS assume it (`aws emr-containers
   * update-role-trust-policy`).
   * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/setting-up-trust-policy.html
   * @default - a new role trusted through `oidcProvider` by the service accounts of `eksNamespace`
   */
  readonly executionRole?: IamRoleRef;
  /**
   * The OIDC provider of the virtual cluster's EKS cluster, through which the created execution role
   * trusts the job's service accounts; needed when `executionRole` is not given, not allowed with it.
   * @default - none: `executionRole` must be given
   */
  readonly oidcProvider?: OidcProviderRef;
  /**
   * The Kubernetes namespace of the virtual cluster, whose service accounts the created execution role
   * trusts; only with `oidcProvider`.
   * @default 'default'
   */
  readonly eksNamespace?: string;
  /** The Amazon EMR release the job runs on (`ReleaseLabel`). */
  readonly releaseLabel: ReleaseLabel;
  /**
   * Configurations of the job's applications, at most 100 (`ConfigurationOverrides.ApplicationConfiguration`).
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
   * @default - none
   */
  readonly applicationConfig?: ApplicationConfiguration[];
  /**
   * What the job runs (`JobDriver`).
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_JobDriver.html
   */
  readonly jobDriver: JobDriver;
  /**
   * Where the job logs (`ConfigurationOverrides.MonitoringConfiguration`).
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_MonitoringConfiguration.html
   * @default - no logs; the persistent application UI on
   */
  readonly monitoring?: Monitoring;
  /**
   * Tags of the job run (`Tags`).
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** Props of an EmrContainersStartJobRun task written in JSONPath. */
export interface EmrContainersStartJobRunJsonPathProps extends TaskStateJsonPathBaseProps, EmrContainersStartJobRunOptions {}

/** Props of an EmrContainersStartJobRun task written in JSONata. */
export interface EmrContainersStartJobRunJsonataProps extends TaskStateJsonataBaseProps, EmrContainersStartJobRunOptions {}

/** Props of an EmrContainersStartJobRun task. */
export interface EmrContainersStartJobRunProps extends TaskStateBaseProps, EmrContainersStartJobRunOptions {}

/**
 * Starts a job run on an EMR on EKS virtual cluster (`emr-containers:startJobRun`); by default (`RUN_JOB`)
 * the state waits for the job to end.
 *
 * Without `executionRole`, the task creates the job's role: its trust policy lets EMR on EKS's service
 * accounts in `eksNamespace` assume it through `oidcProvider`, which aws-cdk-lib sets up at deploy time
 * with a custom resource. With `monitoring.logging`, it creates a log group and a bucket for the logs.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 * @example
 * import type { EmrcontainersVirtualCluster } from '@cdktf/provider-aws/lib/emrcontainers-virtual-cluster';
 * import type { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const virtualCluster: EmrcontainersVirtualCluster;
 * declare const oidcProvider: IamOpenidConnectProvider;
 *
 * new tasks.EmrContainersStartJobRun(stack, 'Spark job', {
 *   virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId(virtualCluster.id),
 *   oidcProvider,
 *   eksNamespace: 'spark',
 *   releaseLabel: tasks.ReleaseLabel.EMR_6_3_0,
 *   jobDriver: {
 *     sparkSubmitJobDriver: {
 *       entryPoint: sfn.TaskInput.fromText('local:///usr/lib/spark/examples/src/main/python/pi.py'),
 *       entryPointArguments: sfn.TaskInput.fromObject(['100']),
 *       sparkSubmitParameters: '--conf spark.executor.instances=2',
 *     },
 *   },
 *   applicationConfig: [{ classification: tasks.Classification.SPARK_DEFAULTS, properties: { 'spark.executor.memory': '2G' } }],
 *   monitoring: { logging: true },
 * });
 */
export class EmrContainersStartJobRun extends TaskStateBase {
  /** An EmrContainersStartJobRun task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersStartJobRunJsonPathProps): EmrContainersStartJobRun {
    return new EmrContainersStartJobRun(scope, id, props);
  }

  /** An EmrContainersStartJobRun task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrContainersStartJobRunJsonataProps): EmrContainersStartJobRun {
    return new EmrContainersStartJobRun(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB];

  /** The role the job runs with: `executionRole`, or the role this task created (an `IamRole`). */
  public readonly grantPrincipal: IamRoleRef;
  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  protected readonly _defaultIntegrationPattern: IntegrationPattern = IntegrationPattern.RUN_JOB;
  private readonly props: EmrContainersStartJobRunProps;
  private readonly resourceArn: string;
  private readonly logGroup?: CloudwatchLogGroupRef;
  private readonly logBucket?: S3BucketRef;

  constructor(scope: Construct, id: string, props: EmrContainersStartJobRunProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.RUN_JOB;
    validatePatternSupported(this, pattern, EmrContainersStartJobRun.SUPPORTED_INTEGRATION_PATTERNS);
    validateApplicationConfig(this, props.applicationConfig);
    validateSparkSubmitJobDriver(this, props.jobDriver.sparkSubmitJobDriver);
    validateNamespace(this, props.eksNamespace);
    validateUserFields(this, {
      'virtualCluster': props.virtualCluster.id,
      'jobName': props.jobName,
      'jobDriver.sparkSubmitJobDriver.entryPoint': props.jobDriver.sparkSubmitJobDriver.entryPoint.value,
      'jobDriver.sparkSubmitJobDriver.entryPointArguments': props.jobDriver.sparkSubmitJobDriver.entryPointArguments?.value,
    });
    if (props.executionRole && (props.oidcProvider || props.eksNamespace !== undefined)) {
      throw new ValidationError(`'oidcProvider' and 'eksNamespace' set up the trust policy of the execution role this task creates; with 'executionRole' given, set up its trust policy yourself and leave them out`, this);
    }
    if (!props.executionRole && !props.oidcProvider) {
      throw new ValidationError(
        "'oidcProvider' is needed when 'executionRole' is not given: the created job execution role trusts EMR on EKS's service accounts through the EKS cluster's OIDC provider (an IamOpenidConnectProvider); or give an 'executionRole' whose trust policy does",
        this,
      );
    }

    this.logGroup = this.assignLogGroup(props.monitoring);
    this.logBucket = this.assignLogBucket(props.monitoring);
    const role = props.executionRole
      ? cachedRef(props.executionRole)
      : createJobRole(this, cachedRef(props.oidcProvider!), props.eksNamespace ?? 'default');
    this.grantPrincipal = role;
    const grants = monitoringStatements(this, this.logGroup, this.logBucket);
    if (grants.length > 0) grantsTo(this, role).add(grants, this);

    this.resourceArn = integrationResourceArn(this, 'emr-containers', 'startJobRun', pattern);
    this.taskPolicies = this.createPolicies(pattern, role.arn);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const driver = p.jobDriver.sparkSubmitJobDriver;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        VirtualClusterId: p.virtualCluster.id,
        Name: p.jobName,
        ExecutionRoleArn: this.grantPrincipal.arn,
        ReleaseLabel: p.releaseLabel.label,
        JobDriver: {
          SparkSubmitJobDriver: {
            EntryPoint: driver.entryPoint.value,
            EntryPointArguments: driver.entryPointArguments?.value,
            SparkSubmitParameters: driver.sparkSubmitParameters,
          },
        },
        ConfigurationOverrides: {
          ApplicationConfiguration: p.applicationConfig?.map(renderConfiguration),
          MonitoringConfiguration: {
            CloudWatchMonitoringConfiguration: this.logGroup
              ? { LogGroupName: this.logGroup.name, LogStreamNamePrefix: p.monitoring?.logStreamNamePrefix }
              : undefined,
            PersistentAppUI: p.monitoring?.persistentAppUI === false ? 'DISABLED' : 'ENABLED',
            S3MonitoringConfiguration: this.logBucket ? { LogUri: `s3://${this.logBucket.bucket}` } : undefined,
          },
        },
        Tags: p.tags,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  // the given log group, or a new one when logging is asked for (two years of retention, as aws-cdk-lib's)
  private assignLogGroup(monitoring: Monitoring | undefined): CloudwatchLogGroupRef | undefined {
    if (monitoring?.logGroup) return cachedRef(monitoring.logGroup);
    if (!monitoring?.logging) return undefined;
    return new CloudwatchLogGroup(this, 'MonitoringLogGroup', { namePrefix: `/aws/emr-containers/${safeName(this.node.id, 64)}-`, retentionInDays: 731 });
  }

  // the given bucket, or a new one when logging is asked for
  private assignLogBucket(monitoring: Monitoring | undefined): S3BucketRef | undefined {
    if (monitoring?.logBucket) return cachedRef(monitoring.logBucket);
    if (!monitoring?.logging) return undefined;
    const readable = safeName(this.node.id.toLowerCase(), 27).replace(/[^a-z0-9-]/g, '-').replace(/^-+|-+$/g, '') || 'job';
    return new S3Bucket(this, 'MonitoringBucket', { bucketPrefix: `emr-${readable}-` });
  }

  private createPolicies(pattern: IntegrationPattern, roleArn: string): PolicyStatement[] {
    const id = this.props.virtualCluster.id;
    const policies = [
      new PolicyStatement({
        actions: ['emr-containers:StartJobRun'],
        resources: [virtualClusterArn(this, id)],
        conditions: { StringEquals: { 'emr-containers:ExecutionRoleArn': roleArn } },
      }),
      new PolicyStatement({ actions: ['iam:PassRole'], resources: [roleArn] }),
    ];
    if (pattern === IntegrationPattern.RUN_JOB) {
      // RUN_JOB polls the job run; EMR on EKS has no events rule for it (catalog C.26)
      policies.push(new PolicyStatement({
        actions: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'],
        resources: [virtualClusterArn(this, id, '/jobruns/*')],
      }));
    }
    return policies;
  }
}

// `{ Classification, Properties, Configurations }`, nested configurations likewise
function renderConfiguration(config: ApplicationConfiguration): Record<string, unknown> {
  return {
    Classification: config.classification.classificationStatement,
    Properties: config.properties,
    Configurations: config.nestedConfig?.map(renderConfiguration),
  };
}

// the characters of `text` that a log group or bucket name allows, at most `max` of them
function safeName(text: string, max: number): string {
  return text.replace(/[^-._/#A-Za-z0-9]+/g, '-').slice(0, max);
}
