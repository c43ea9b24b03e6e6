import type { Construct } from 'constructs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { sageMakerArn } from './private/render';

/** What a SageMakerUpdateEndpoint task does, in either query language. */
export interface SageMakerUpdateEndpointOptions {
  /** Name of the endpoint configuration the endpoint changes to (`EndpointConfigName`). */
  readonly endpointConfigName: string;
  /** Name of the endpoint (`EndpointName`). */
  readonly endpointName: string;
}

/** Props of a SageMakerUpdateEndpoint task written in JSONPath. */
export interface SageMakerUpdateEndpointJsonPathProps extends TaskStateJsonPathBaseProps, SageMakerUpdateEndpointOptions {}

/** Props of a SageMakerUpdateEndpoint task written in JSONata. */
export interface SageMakerUpdateEndpointJsonataProps extends TaskStateJsonataBaseProps, SageMakerUpdateEndpointOptions {}

/** Props of a SageMakerUpdateEndpoint task. */
export interface SageMakerUpdateEndpointProps extends TaskStateBaseProps, SageMakerUpdateEndpointOptions {}

/**
 * Moves a SageMaker endpoint to another endpoint configuration.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // the endpoint `churn` serves the configuration the previous state created
 * new tasks.SageMakerUpdateEndpoint(stack, 'Update endpoint', {
 *   endpointName: 'churn',
 *   endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName'),
 * });
 */
export class SageMakerUpdateEndpoint extends TaskStateBase {
  /** A SageMakerUpdateEndpoint task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SageMakerUpdateEndpointJsonPathProps): SageMakerUpdateEndpoint {
    return new SageMakerUpdateEndpoint(scope, id, props);
  }

  /** A SageMakerUpdateEndpoint task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SageMakerUpdateEndpointJsonataProps): SageMakerUpdateEndpoint {
    return new SageMakerUpdateEndpoint(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: SageMakerUpdateEndpointProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: SageMakerUpdateEndpointProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, SageMakerUpdateEndpoint.SUPPORTED_INTEGRATION_PATTERNS);
    this.resourceArn = integrationResourceArn(this, 'sagemaker', 'updateEndpoint');
    this.taskPolicies = [new PolicyStatement({
      actions: ['sagemaker:updateEndpoint'],
      resources: [sageMakerArn(this, 'endpoint', props.endpointName), sageMakerArn(this, 'endpoint-config', props.endpointConfigName)],
    })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        EndpointConfigName: this.props.endpointConfigName,
        EndpointName: this.props.endpointName,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
