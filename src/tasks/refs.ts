// Reference structs: the small read-only shapes a task takes where aws-cdk-lib takes an L2 construct.
// Property names are the attribute names of the @cdktf/provider-aws resources, so the provider
// resource itself, its data source, or a literal struct can be passed.
import type { IResolvable } from '../core/cdktf';
import type { KmsKeyRef } from '../iam/refs';

/**
 * A Lambda function, alias or version: `{ arn }`.
 *
 * Satisfied by `LambdaFunction`, `LambdaAlias` and `DataAwsLambdaFunction`.
 */
export interface LambdaFunctionRef {
  /** ARN of the function; for an alias or a version, the qualified ARN. */
  readonly arn: string;
  /**
   * Terraform type of the resource the ARN comes from; `aws_lambda_alias` marks a qualified ARN.
   * Provider resources set it themselves.
   * @default - unqualified unless a literal ARN carries a qualifier
   */
  readonly terraformResourceType?: string;
}

/** A DynamoDB table: `{ name, arn }`, satisfied by `DynamodbTable` and `DataAwsDynamodbTable`. */
export interface DynamoTableRef {
  /** Name of the table. */
  readonly name: string;
  /** ARN of the table. */
  readonly arn: string;
}

/**
 * An SNS topic: `{ arn }`, satisfied by `SnsTopic`.
 *
 * The optional members are the provider's configured values; when they are known at synthesis time
 * (not tokens), SnsPublish checks the FIFO rules with them.
 */
export interface SnsTopicRef {
  /** ARN of the topic. */
  readonly arn: string;
  /**
   * Whether the topic is a FIFO topic, as configured.
   * @default - unknown: the FIFO rules are not checked unless `nameInput` ends with `.fifo`
   */
  readonly fifoTopicInput?: boolean | IResolvable;
  /**
   * Whether the FIFO topic deduplicates by content, as configured.
   * @default - unknown: treated as disabled only when the topic is known to be FIFO and this is absent
   */
  readonly contentBasedDeduplicationInput?: boolean | IResolvable;
  /**
   * Name of the topic, as configured.
   * @default - unknown
   */
  readonly nameInput?: string;
}

/**
 * An SQS queue: `{ url, arn }`, satisfied by `SqsQueue`.
 *
 * The optional members are the provider's configured values; when they are known at synthesis time
 * (not tokens), SqsSendMessage checks the FIFO rules with them. A literal URL or ARN ending in `.fifo`
 * marks a FIFO queue too.
 */
export interface SqsQueueRef {
  /** URL of the queue. */
  readonly url: string;
  /** ARN of the queue. */
  readonly arn: string;
  /**
   * Whether the queue is a FIFO queue, as configured.
   * @default - unknown: the FIFO rules are checked only when `nameInput`, `url` or `arn` ends with `.fifo`
   */
  readonly fifoQueueInput?: boolean | IResolvable;
  /**
   * Whether the FIFO queue deduplicates by content, as configured.
   * @default - unknown: treated as disabled only when the queue's configuration says it is FIFO
   */
  readonly contentBasedDeduplicationInput?: boolean | IResolvable;
  /**
   * Name of the queue, as configured.
   * @default - unknown
   */
  readonly nameInput?: string;
  /**
   * The queue's KMS key (key ARN, key id, alias name or alias ARN), as configured. When it is set and
   * is not the AWS managed key `alias/aws/sqs`, the state machine gets `kms:Decrypt` and
   * `kms:GenerateDataKey*` on it. Prefer the key ARN: a token is used in the policy as it is.
   * @default - no customer managed key
   */
  readonly kmsMasterKeyIdInput?: string;
}

/** A state machine: `{ arn, name }`, satisfied by `SfnStateMachine` and `sfn.StateMachine`. */
export interface StateMachineRef {
  /** ARN of the state machine. */
  readonly arn: string;
  /** Name of the state machine. */
  readonly name: string;
}

/**
 * Encryption settings of an activity, in the shape both `sfn.EncryptionConfiguration` and the
 * provider's `encryption_configuration` block have.
 */
export interface ActivityEncryptionRef {
  /**
   * `AWS_OWNED_KEY` or `CUSTOMER_MANAGED_KMS_KEY`.
   * @default - AWS_OWNED_KEY
   */
  readonly type?: string;
  /**
   * The key (our `sfn.EncryptionConfiguration`).
   * @default - see `kmsKeyId`
   */
  readonly kmsKey?: KmsKeyRef;
  /**
   * The key's ARN, id, alias name or alias ARN (the provider's block).
   * @default - see `kmsKey`
   */
  readonly kmsKeyId?: string;
}

/**
 * An activity: `{ arn, name }`, satisfied by `SfnActivity` and `sfn.Activity`.
 */
export interface ActivityRef {
  /** ARN of the activity. */
  readonly arn: string;
  /** Name of the activity. */
  readonly name: string;
  /**
   * Encryption of the activity (`sfn.Activity`, or a literal struct).
   * @default - none
   */
  readonly encryptionConfiguration?: ActivityEncryptionRef;
  /**
   * Encryption of the activity as configured on an `SfnActivity` (read in preference to
   * `encryptionConfiguration`, whose attributes are tokens on a provider resource).
   * @default - none
   */
  readonly encryptionConfigurationInput?: ActivityEncryptionRef;
}

/**
 * An API Gateway REST API: `{ id, executionArn }`, satisfied by `ApiGatewayRestApi` and
 * `DataAwsApiGatewayRestApi`. The execution ARN (`arn:<partition>:execute-api:<region>:<account>:<id>`)
 * gives the API's own region and account to the endpoint and to `execute-api:Invoke`.
 */
export interface ApiGatewayRestApiRef {
  /** Id of the REST API. */
  readonly id: string;
  /** Execution ARN of the REST API. */
  readonly executionArn: string;
}

/**
 * An API Gateway HTTP API (v2): `{ id, executionArn }`, satisfied by `Apigatewayv2Api` and
 * `DataAwsApigatewayv2Api`. The execution ARN gives the API's own region and account to the endpoint
 * and to `execute-api:Invoke`.
 */
export interface Apigatewayv2ApiRef {
  /** Id of the API. */
  readonly id: string;
  /** Execution ARN of the API. */
  readonly executionArn: string;
}

/**
 * An EventBridge connection: `{ arn, secretArn }`, satisfied by `CloudwatchEventConnection` and
 * `DataAwsCloudwatchEventConnection`. The secret is the one EventBridge keeps the credentials in.
 */
export interface ConnectionRef {
  /** ARN of the connection. */
  readonly arn: string;
  /** ARN of the connection's Secrets Manager secret. */
  readonly secretArn: string;
}

/** An EventBridge event bus: `{ arn, name }`, satisfied by `CloudwatchEventBus` and `DataAwsCloudwatchEventBus`. */
export interface EventBusRef {
  /** ARN of the event bus. */
  readonly arn: string;
  /** Name of the event bus. */
  readonly name: string;
}

/** A certificate authority of an EKS cluster: `{ data }`, the base64-encoded certificate. */
export interface EksCertificateAuthorityRef {
  /** Base64-encoded certificate data of the cluster's certificate authority. */
  readonly data: string;
}

/**
 * The certificate authorities of an EKS cluster, read as the provider's list attribute is read:
 * `get(0)` is the cluster's certificate authority. Satisfied by the `certificateAuthority` attribute of
 * `EksCluster` and `DataAwsEksCluster`.
 */
export interface IEksCertificateAuthorityList {
  /** The certificate authority at `index` (EKS clusters have one, at 0). */
  get(index: number): EksCertificateAuthorityRef;
}

/**
 * An EKS cluster: `{ name, endpoint, certificateAuthority, arn }`, satisfied by `EksCluster` and
 * `DataAwsEksCluster`. A literal struct gives the certificate authority as
 * `{ get: () => ({ data }) }`.
 */
export interface EksClusterRef {
  /** Name of the cluster. */
  readonly name: string;
  /** URL of the cluster's Kubernetes API server (`https://...`). */
  readonly endpoint: string;
  /** The cluster's certificate authorities; the one at index 0 is used. */
  readonly certificateAuthority: IEksCertificateAuthorityList;
  /**
   * ARN of the cluster.
   * @default - `arn:<partition>:eks:<region>:<account>:cluster/<name>` in the stack's region and account
   */
  readonly arn?: string;
}
