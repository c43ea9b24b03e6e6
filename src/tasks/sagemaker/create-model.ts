import type { Construct } from 'constructs';
import { PolicyStatement } from '../../iam/policy-statement';
import type { IamRoleRef } from '../../iam/refs';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import type { SecurityGroupRef } from '../ec2/vpc-refs';
import type { ISageMakerTask, VpcConfig } from './base-types';
import type { IContainerDefinition } from './container-definition';
import { sageMakerArn } from './private/render';
import { RUNTIME_ACTIONS, VPC_ACTIONS, passRoleStatement, taskRole, type TaskRole } from './private/role';
import { TaskVpc } from './private/vpc';

/** What a SageMakerCreateModel task does, in either query language. */
export interface SageMakerCreateModelOptions {
  /**
   * Role SageMaker assumes to run the model's containers (`ExecutionRoleArn`): `IamRole`,
   * `DataAwsIamRole` or `{ arn, name }`.
   * @default - a role trusted by sagemaker.amazonaws.com that may write logs and metrics and log in to
   * ECR (and manage network interfaces when `vpc` is set)
   */
  readonly role?: IamRoleRef;
  /** Name of the model (`ModelName`). */
  readonly modelName: string;
  /** The container of the model (`PrimaryContainer`). */
  readonly primaryContainer: IContainerDefinition;
  /**
   * The containers of an inference pipeline (`Containers`).
   * @default - the primary container only
   */
  readonly containers?: IContainerDefinition[];
  /**
   * Whether the containers may not make network calls (`EnableNetworkIsolation`).
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;
  /**
   * The subnets the containers run in (`VpcConfig`); a security group is created in their VPC
   * (`ModelSecurityGroup`). aws-cdk-lib takes a VPC and a subnet selection: name the subnets here.
   * @default - not in a VPC
   */
  readonly vpc?: VpcConfig;
  /**
   * Tags of the model, a list of `{ Key, Value }` (`Tags`).
   * @default - no tags
   */
  readonly tags?: TaskInput;
}

/** Props of a SageMakerCreateModel task written in JSONPath. */
export interface SageMakerCreateModelJsonPathProps extends TaskStateJsonPathBaseProps, SageMakerCreateModelOptions {}

/** Props of a SageMakerCreateModel task written in JSONata. */
export interface SageMakerCreateModelJsonataProps extends TaskStateJsonataBaseProps, SageMakerCreateModelOptions {}

/** Props of a SageMakerCreateModel task. */
export interface SageMakerCreateModelProps extends TaskStateBaseProps, SageMakerCreateModelOptions {}

/**
 * Creates a SageMaker model from one container, or the containers of an inference pipeline.
 *
 * Without `role` the task creates one (`role`), and with `vpc` a security group in the subnets' VPC.
 * `Containers` are the container objects SageMaker takes (aws-cdk-lib wraps each in `parameters`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @example
 * import type { Construct } from 'constructs';
 * import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const bucket: S3Bucket;
 *
 * // a model of the artifacts under s3://<bucket>/models/churn/, served by a public image
 * new tasks.SageMakerCreateModel(stack, 'Create model', {
 *   modelName: 'churn',
 *   primaryContainer: new tasks.ContainerDefinition({
 *     image: tasks.DockerImage.fromRegistry('683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1'),
 *     modelS3Location: tasks.S3Location.fromBucket(bucket, 'models/churn/model.tar.gz'),
 *   }),
 *   tags: sfn.TaskInput.fromObject([{ Key: 'team', Value: 'ml' }]),
 * });
 */
export class SageMakerCreateModel extends TaskStateBase implements ISageMakerTask {
  /** A SageMakerCreateModel task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateModelJsonPathProps): SageMakerCreateModel {
    return new SageMakerCreateModel(scope, id, props);
  }

  /** A SageMakerCreateModel task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateModelJsonataProps): SageMakerCreateModel {
    return new SageMakerCreateModel(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  /** The role the model's containers run with: the given one, or the one the task created (`SagemakerRole`). */
  public readonly role: IamRoleRef;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: SageMakerCreateModelProps;
  private readonly taskRole: TaskRole;
  private readonly vpc: TaskVpc;
  private readonly resourceArn: string;
  private readonly primaryContainer?: { [key: string]: any };
  private readonly containers?: Array<{ [key: string]: any } | undefined>;

  constructor(scope: Construct, id: string, props: SageMakerCreateModelProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, SageMakerCreateModel.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskRole = taskRole(this, 'SagemakerRole', props.role, {
      description: `Role SageMaker assumes for the model of ${this.node.path}`,
      policyName: 'CreateModel',
      statements: [
        new PolicyStatement({ actions: RUNTIME_ACTIONS, resources: ['*'] }),
        ...(props.vpc ? [new PolicyStatement({ actions: VPC_ACTIONS, resources: ['*'] })] : []),
      ],
    });
    this.role = this.taskRole.role;
    this.vpc = new TaskVpc(this, 'ModelSecurityGroup', props.vpc, 'vpc', 'model');
    // binding grants the role the image pulls and the artifacts' reads, so it happens once, here
    this.primaryContainer = props.primaryContainer.bind(this).parameters;
    this.containers = props.containers?.map((container) => container.bind(this).parameters);
    this.resourceArn = integrationResourceArn(this, 'sagemaker', 'createModel');
    this.taskPolicies = [
      new PolicyStatement({ actions: ['sagemaker:CreateModel'], resources: [sageMakerArn(this, 'model', props.modelName, '*')] }),
      new PolicyStatement({ actions: ['sagemaker:ListTags'], resources: ['*'] }),
      passRoleStatement(this.role),
    ];
  }

  /** The security groups of the model: the one it created for `vpc`, then those added. */
  public get securityGroups(): SecurityGroupRef[] {
    return this.vpc.securityGroups;
  }

  /** Adds a security group to the model's `VpcConfig` (only with `vpc`). */
  public addSecurityGroup(securityGroup: SecurityGroupRef): void {
    this.vpc.add(securityGroup, 'vpc');
  }

  /** Grants the model's role what `statement` allows. */
  public addToRolePolicy(statement: PolicyStatement): void {
    this.taskRole.grant(statement);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        EnableNetworkIsolation: p.enableNetworkIsolation,
        ExecutionRoleArn: this.role.arn,
        ModelName: p.modelName,
        Tags: p.tags?.value,
        PrimaryContainer: this.primaryContainer,
        Containers: this.containers,
        VpcConfig: this.vpc.render(),
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
