import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { ValidationError, describeValue } from '../../core/errors';
import { cachedRef } from '../../core/refs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import type { EksClusterRef } from '../refs';
import { isFixed, validateNamespace } from './private/validation';

/** The EKS cluster a virtual cluster is created on (`ContainerProvider.Id`): a cluster, or a task input with its name. */
export class EksClusterInput {
  /** The name of an EKS cluster (`EksCluster`, `DataAwsEksCluster`, or a literal struct). */
  public static fromCluster(cluster: EksClusterRef): EksClusterInput {
    return new EksClusterInput(cachedRef(cluster).name);
  }

  /** A cluster name taken from the state's input or context, or given as text. */
  public static fromTaskInput(taskInput: TaskInput): EksClusterInput {
    return new EksClusterInput(taskInput.value);
  }

  /** @param clusterName the cluster's name */
  private constructor(public readonly clusterName: string) {}
}

/** What an EmrContainersCreateVirtualCluster task does, in either query language. */
export interface EmrContainersCreateVirtualClusterOptions {
  /** The EKS cluster the virtual cluster runs on. */
  readonly eksCluster: EksClusterInput;
  /**
   * The Kubernetes namespace of the cluster the virtual cluster uses (`Namespace`).
   * @default 'default'
   */
  readonly eksNamespace?: string;
  /**
   * Name of the virtual cluster (`Name`).
   * @default - the execution's name and the state's name, `<execution>/<state>`
   */
  readonly virtualClusterName?: string;
  /**
   * Tags of the virtual cluster (`Tags`).
   * @default {}
   */
  readonly tags?: { [key: string]: string };
}

/** Props of an EmrContainersCreateVirtualCluster task written in JSONPath. */
export interface EmrContainersCreateVirtualClusterJsonPathProps extends TaskStateJsonPathBaseProps, EmrContainersCreateVirtualClusterOptions {}

/** Props of an EmrContainersCreateVirtualCluster task written in JSONata. */
export interface EmrContainersCreateVirtualClusterJsonataProps extends TaskStateJsonataBaseProps, EmrContainersCreateVirtualClusterOptions {}

/** Props of an EmrContainersCreateVirtualCluster task. */
export interface EmrContainersCreateVirtualClusterProps extends TaskStateBaseProps, EmrContainersCreateVirtualClusterOptions {}

// The default name in each language: the execution's name, a slash, the state's name.
const DEFAULT_NAME_JSONPATH = "States.Format('{}/{}', $$.Execution.Name, $$.State.Name)";
const DEFAULT_NAME_JSONATA = "{% $states.context.Execution.Name & '/' & $states.context.State.Name %}";

/**
 * Creates an EMR on EKS virtual cluster on a namespace of an EKS cluster (`emr-containers:createVirtualCluster`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 * @example
 * import type { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const cluster: EksCluster;
 *
 * new tasks.EmrContainersCreateVirtualCluster(stack, 'Create virtual cluster', {
 *   eksCluster: tasks.EksClusterInput.fromCluster(cluster),
 *   eksNamespace: 'spark',
 *   virtualClusterName: 'analytics',
 *   tags: { team: 'data' },
 * });
 */
export class EmrContainersCreateVirtualCluster extends TaskStateBase {
  /** An EmrContainersCreateVirtualCluster task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterJsonPathProps): EmrContainersCreateVirtualCluster {
    return new EmrContainersCreateVirtualCluster(scope, id, props);
  }

  /** An EmrContainersCreateVirtualCluster task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterJsonataProps): EmrContainersCreateVirtualCluster {
    return new EmrContainersCreateVirtualCluster(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: EmrContainersCreateVirtualClusterProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, EmrContainersCreateVirtualCluster.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { virtualClusterName: props.virtualClusterName, eksNamespace: props.eksNamespace });
    validateNamespace(this, props.eksNamespace);
    const name = props.virtualClusterName;
    if (isFixed(name) && !/^[-._/#A-Za-z0-9]{1,64}$/.test(name)) {
      throw new ValidationError(`'virtualClusterName' must have 1 to 64 letters, digits and '.', '-', '_', '/', '#', got ${describeValue(name)}`, this);
    }
    if (name === undefined && !/^[-._/#A-Za-z0-9]*$/.test(this.stateId)) {
      // the default name is `<execution>/<state>`, and CreateVirtualCluster refuses a name with other characters
      throw new ValidationError(
        `'virtualClusterName' is not set, so the virtual cluster would be named '<execution name>/${this.stateId}', which EMR on EKS refuses ` +
          "(letters, digits and '.', '-', '_', '/', '#' only): give a virtualClusterName, e.g. JsonPath.format('{}-spark', JsonPath.executionName)",
        this,
      );
    }
    this.resourceArn = integrationResourceArn(this, 'emr-containers', 'createVirtualCluster', pattern);
    this.taskPolicies = [
      new PolicyStatement({ actions: ['emr-containers:CreateVirtualCluster'], resources: ['*'] }),
      new PolicyStatement({
        actions: ['iam:CreateServiceLinkedRole'],
        resources: [formatArn(this, {
          service: 'iam',
          region: '',
          resource: 'role/aws-service-role/emr-containers.amazonaws.com',
          resourceName: 'AWSServiceRoleForAmazonEMRContainers',
        })],
        conditions: { StringLike: { 'iam:AWSServiceName': 'emr-containers.amazonaws.com' } },
      }),
    ];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    const p = this.props;
    const defaultName = language === QueryLanguage.JSONATA ? DEFAULT_NAME_JSONATA : JsonPath.stringAt(DEFAULT_NAME_JSONPATH);
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        Name: p.virtualClusterName ?? defaultName,
        ContainerProvider: {
          Id: p.eksCluster.clusterName,
          Info: { EksInfo: { Namespace: p.eksNamespace ?? 'default' } },
          Type: 'EKS',
        },
        Tags: p.tags,
      }, language),
    };
  }
}
