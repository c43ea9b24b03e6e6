// The value types and structs of EmrContainersStartJobRun: where the job runs, what it runs, how it is
// configured and where it logs.
import type { S3BucketRef } from '../../sfn/states/distributed-map/item-reader';
import type { TaskInput } from '../../sfn/input';

/**
 * The virtual cluster a job runs on (`VirtualClusterId`): its id, or a task input that holds it.
 */
export class VirtualClusterInput {
  /** A virtual cluster id taken from the state's input or context (`TaskInput.fromJsonPathAt(...)`). */
  public static fromTaskInput(taskInput: TaskInput): VirtualClusterInput {
    return new VirtualClusterInput(taskInput.value);
  }

  /** A virtual cluster id known when the stack is built: a literal, or the `id` of an `EmrcontainersVirtualCluster`. */
  public static fromVirtualClusterId(virtualClusterId: string): VirtualClusterInput {
    return new VirtualClusterInput(virtualClusterId);
  }

  /** @param id the virtual cluster's id */
  private constructor(public readonly id: string) {}
}

/**
 * An Amazon EMR release for a job run (`ReleaseLabel`). Use `new ReleaseLabel('emr-7.5.0-latest')` for a
 * release without a constant here.
 */
export class ReleaseLabel {
  /** EMR 5.32.0. */
  public static readonly EMR_5_32_0 = new ReleaseLabel('emr-5.32.0-latest');
  /** EMR 5.33.0. */
  public static readonly EMR_5_33_0 = new ReleaseLabel('emr-5.33.0-latest');
  /** EMR 6.2.0. */
  public static readonly EMR_6_2_0 = new ReleaseLabel('emr-6.2.0-latest');
  /** EMR 6.3.0. */
  public static readonly EMR_6_3_0 = new ReleaseLabel('emr-6.3.0-latest');

  /** @param label the release label, such as `emr-6.3.0-latest` */
  constructor(public readonly label: string) {}
}

/**
 * The classification of an application configuration: which configuration file its properties go to.
 * Use `new Classification('name')` for one without a constant here.
 */
export class Classification {
  /** Spark settings of EMR, such as `maximizeResourceAllocation`. */
  public static readonly SPARK = new Classification('spark');
  /** The `spark-defaults.conf` file. */
  public static readonly SPARK_DEFAULTS = new Classification('spark-defaults');
  /** The `spark-env.sh` file. */
  public static readonly SPARK_ENV = new Classification('spark-env');
  /** Spark's `hive-site.xml`. */
  public static readonly SPARK_HIVE_SITE = new Classification('spark-hive-site');
  /** Spark's `log4j.properties`. */
  public static readonly SPARK_LOG4J = new Classification('spark-log4j');
  /** Spark's `metrics.properties`. */
  public static readonly SPARK_METRICS = new Classification('spark-metrics');

  /** @param classificationStatement the classification's name */
  constructor(public readonly classificationStatement: string) {}
}

/**
 * One application configuration (`ApplicationConfiguration` entry): a classification with properties,
 * nested configurations, or both.
 */
export interface ApplicationConfiguration {
  /** Which configuration file the entry sets (`Classification`). */
  readonly classification: Classification;
  /**
   * Configurations inside this one, at most 100 (`Configurations`).
   * @default - none
   */
  readonly nestedConfig?: ApplicationConfiguration[];
  /**
   * Settings of the file, at most 100 (`Properties`).
   * @default - none
   */
  readonly properties?: { [key: string]: string };
}

/** A Spark job (`SparkSubmitJobDriver`). */
export interface SparkSubmitJobDriver {
  /** The job's application, such as an S3 URI of a script or jar, 1 to 256 characters (`EntryPoint`). */
  readonly entryPoint: TaskInput;
  /**
   * Arguments of the application: a list of 1 to 10,280 strings, or a JSONPath/JSONata expression that
   * gives one (`EntryPointArguments`).
   * @default - no arguments
   */
  readonly entryPointArguments?: TaskInput;
  /**
   * Parameters of `spark-submit`, 1 to 102,400 characters (`SparkSubmitParameters`).
   * @default - none
   */
  readonly sparkSubmitParameters?: string;
}

/** What a job run runs (`JobDriver`). */
export interface JobDriver {
  /** A Spark job. */
  readonly sparkSubmitJobDriver: SparkSubmitJobDriver;
}

/** A CloudWatch log group: `{ arn, name }`, satisfied by `CloudwatchLogGroup` and `DataAwsCloudwatchLogGroup`. */
export interface CloudwatchLogGroupRef {
  /** ARN of the log group (without the `:*` suffix, as the provider's `arn` attribute). */
  readonly arn: string;
  /** Name of the log group. */
  readonly name: string;
}

/** Where a job run logs (`MonitoringConfiguration`). */
export interface Monitoring {
  /**
   * Whether the job logs: `true` creates a CloudWatch log group and an S3 bucket for the logs, unless
   * `logGroup` or `logBucket` is given.
   * @default - true when `logGroup` or `logBucket` is given, false otherwise
   */
  readonly logging?: boolean;
  /**
   * The log group the job's logs go to (`CloudWatchMonitoringConfiguration`).
   * @default - a new log group when `logging` is true, none otherwise
   */
  readonly logGroup?: CloudwatchLogGroupRef;
  /**
   * Prefix of the log streams in the log group (`LogStreamNamePrefix`).
   * @default - no prefix
   */
  readonly logStreamNamePrefix?: string;
  /**
   * The bucket the job's logs go to (`S3MonitoringConfiguration`).
   * @default - a new bucket when `logging` is true, none otherwise
   */
  readonly logBucket?: S3BucketRef;
  /**
   * Whether the persistent application UI is on (`PersistentAppUI`).
   * @default true
   */
  readonly persistentAppUI?: boolean;
}

/**
 * An IAM OpenID Connect provider: `{ arn, url }`, satisfied by `IamOpenidConnectProvider` and
 * `DataAwsIamOpenidConnectProvider`. For EMR on EKS it is the provider of the EKS cluster's OIDC issuer
 * (`EksCluster#identity.get(0).oidc.get(0).issuer`).
 */
export interface OidcProviderRef {
  /** ARN of the provider. */
  readonly arn: string;
  /** URL of the provider (the issuer), with or without `https://`. */
  readonly url: string;
}
