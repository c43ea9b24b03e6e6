import type { Construct } from 'constructs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { sageMakerArn } from './private/render';

/** What a SageMakerCreateEndpoint task does, in either query language. */
export interface SageMakerCreateEndpointOptions {
  /** Name of the endpoint configuration the endpoint uses (`EndpointConfigName`). */
  readonly endpointConfigName: string;
  /** Name of the endpoint, unique in the account and region (`EndpointName`). */
  readonly endpointName: string;
  /**
   * Tags of the endpoint, a list of `{ Key, Value }` (`Tags`).
   * @default - no tags
   */
  readonly tags?: TaskInput;
}

/** Props of a SageMakerCreateEndpoint task written in JSONPath. */
export interface SageMakerCreateEndpointJsonPathProps extends TaskStateJsonPathBaseProps, SageMakerCreateEndpointOptions {}

/** Props of a SageMakerCreateEndpoint task written in JSONata. */
export interface SageMakerCreateEndpointJsonataProps extends TaskStateJsonataBaseProps, SageMakerCreateEndpointOptions {}

/** Props of a SageMakerCreateEndpoint task. */
export interface SageMakerCreateEndpointProps extends TaskStateBaseProps, SageMakerCreateEndpointOptions {}

/**
 * Creates a SageMaker endpoint from an endpoint configuration.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // the endpoint `churn` with the configuration the previous state created
 * new tasks.SageMakerCreateEndpoint(stack, 'Create endpoint', {
 *   endpointName: 'churn',
 *   endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName'),
 *   tags: sfn.TaskInput.fromObject([{ Key: 'team', Value: 'ml' }]),
 * });
 */
export class SageMakerCreateEndpoint extends TaskStateBase {
  /** A SageMakerCreateEndpoint task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateEndpointJsonPathProps): SageMakerCreateEndpoint {
    return new SageMakerCreateEndpoint(scope, id, props);
  }

  /** A SageMakerCreateEndpoint task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateEndpointJsonataProps): SageMakerCreateEndpoint {
    return new SageMakerCreateEndpoint(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: SageMakerCreateEndpointProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: SageMakerCreateEndpointProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, SageMakerCreateEndpoint.SUPPORTED_INTEGRATION_PATTERNS);
    this.resourceArn = integrationResourceArn(this, 'sagemaker', 'createEndpoint');
    this.taskPolicies = [
      new PolicyStatement({ actions: ['sagemaker:createEndpoint'], resources: [sageMakerArn(this, 'endpoint', props.endpointName), sageMakerArn(this, 'endpoint-config', props.endpointConfigName)] }),
      new PolicyStatement({ actions: ['sagemaker:ListTags'], resources: ['*'] }),
    ];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        EndpointConfigName: p.endpointConfigName,
        EndpointName: p.endpointName,
        Tags: p.tags?.value,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
