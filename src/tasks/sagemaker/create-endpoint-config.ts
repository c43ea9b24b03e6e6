import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import type { KmsKeyRef } from '../../iam/refs';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import type { InstanceType } from '../ec2/instance-type';
import type { AcceleratorType } from './accelerator-type';
import { mlInstanceType, sageMakerArn } from './private/render';

/** A model an endpoint serves, with its instances (`ProductionVariants` entry). */
export interface ProductionVariant {
  /**
   * Elastic Inference accelerator of each instance (`AcceleratorType`).
   * @default - none
   */
  readonly acceleratorType?: AcceleratorType;
  /**
   * Number of instances at the start, at least 1 (`InitialInstanceCount`).
   * @default 1
   */
  readonly initialInstanceCount?: number;
  /**
   * Share of the traffic, relative to the other variants' weights, at least 0 (`InitialVariantWeight`).
   * @default - SageMaker's default, 1.0
   */
  readonly initialVariantWeight?: number;
  /** Instance type without the `ml.` prefix, which is added (`InstanceType`). */
  readonly instanceType: InstanceType;
  /** Name of the variant (`VariantName`). */
  readonly variantName: string;
  /** Name of the model (`ModelName`). */
  readonly modelName: string;
}

/** What a SageMakerCreateEndpointConfig task does, in either query language. */
export interface SageMakerCreateEndpointConfigOptions {
  /** Name of the endpoint configuration (`EndpointConfigName`). */
  readonly endpointConfigName: string;
  /**
   * KMS key that encrypts the instances' storage (`KmsKeyId`, the key's ARN).
   * @default - AWS-managed encryption
   */
  readonly kmsKey?: KmsKeyRef;
  /** The models the endpoint serves, 1 to 10 (`ProductionVariants`). */
  readonly productionVariants: ProductionVariant[];
  /**
   * Tags of the configuration, a list of `{ Key, Value }` (`Tags`).
   * @default - no tags
   */
  readonly tags?: TaskInput;
}

/** Props of a SageMakerCreateEndpointConfig task written in JSONPath. */
export interface SageMakerCreateEndpointConfigJsonPathProps extends TaskStateJsonPathBaseProps, SageMakerCreateEndpointConfigOptions {}

/** Props of a SageMakerCreateEndpointConfig task written in JSONata. */
export interface SageMakerCreateEndpointConfigJsonataProps extends TaskStateJsonataBaseProps, SageMakerCreateEndpointConfigOptions {}

/** Props of a SageMakerCreateEndpointConfig task. */
export interface SageMakerCreateEndpointConfigProps extends TaskStateBaseProps, SageMakerCreateEndpointConfigOptions {}

/**
 * Creates a SageMaker endpoint configuration: the models an endpoint serves and their instances.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // two instances of the model the previous state created
 * new tasks.SageMakerCreateEndpointConfig(stack, 'Create endpoint config', {
 *   endpointConfigName: sfn.JsonPath.stringAt('$.configName'),
 *   productionVariants: [{
 *     variantName: 'primary',
 *     modelName: sfn.JsonPath.stringAt('$.modelName'),
 *     instanceType: new tasks.InstanceType('m5.xlarge'),
 *     initialInstanceCount: 2,
 *   }],
 * });
 */
export class SageMakerCreateEndpointConfig extends TaskStateBase {
  /** A SageMakerCreateEndpointConfig task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateEndpointConfigJsonPathProps): SageMakerCreateEndpointConfig {
    return new SageMakerCreateEndpointConfig(scope, id, props);
  }

  /** A SageMakerCreateEndpointConfig task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateEndpointConfigJsonataProps): SageMakerCreateEndpointConfig {
    return new SageMakerCreateEndpointConfig(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: SageMakerCreateEndpointConfigProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: SageMakerCreateEndpointConfigProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, SageMakerCreateEndpointConfig.SUPPORTED_INTEGRATION_PATTERNS);
    this.validateVariants(props.productionVariants);
    this.resourceArn = integrationResourceArn(this, 'sagemaker', 'createEndpointConfig');
    this.taskPolicies = [
      new PolicyStatement({ actions: ['sagemaker:CreateEndpointConfig'], resources: [sageMakerArn(this, 'endpoint-config', props.endpointConfigName)] }),
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
        Tags: p.tags?.value,
        KmsKeyId: p.kmsKey?.arn,
        ProductionVariants: p.productionVariants.map((v) => ({
          InitialInstanceCount: v.initialInstanceCount ?? 1,
          InstanceType: mlInstanceType(v.instanceType),
          ModelName: v.modelName,
          VariantName: v.variantName,
          AcceleratorType: v.acceleratorType?.toString(),
          InitialVariantWeight: v.initialVariantWeight,
        })),
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  private validateVariants(variants: ProductionVariant[]): void {
    if (variants.length < 1 || variants.length > 10) {
      throw new ValidationError(`'productionVariants' must have 1 to 10 variants, got ${variants.length}`, this);
    }
    variants.forEach((v, i) => {
      const count = v.initialInstanceCount;
      if (count !== undefined && !Token.isUnresolved(count) && (!Number.isInteger(count) || count < 1)) {
        throw new ValidationError(`'productionVariants[${i}].initialInstanceCount' must be a whole number of at least 1, got ${describeValue(count)}`, this);
      }
      const weight = v.initialVariantWeight;
      if (weight !== undefined && !Token.isUnresolved(weight) && !(weight >= 0)) {
        throw new ValidationError(`'productionVariants[${i}].initialVariantWeight' must be at least 0, got ${describeValue(weight)}`, this);
      }
    });
  }
}
