// Elastic Inference accelerators of a production variant (`AcceleratorType`), as aws-cdk-lib's values.
import type { InstanceSize } from '../ec2/instance-type';

/**
 * A generation of Elastic Inference accelerators.
 * @example
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // an eia1.large accelerator (ml.eia1.large) on each instance
 * new tasks.SageMakerCreateEndpointConfig(stack, 'Create endpoint config', {
 *   endpointConfigName: 'churn-config',
 *   productionVariants: [{
 *     variantName: 'primary',
 *     modelName: 'churn',
 *     instanceType: new tasks.InstanceType('c5.large'),
 *     acceleratorType: tasks.AcceleratorType.of(tasks.AcceleratorClass.of('eia1'), tasks.InstanceSize.LARGE),
 *   }],
 * });
 */
export class AcceleratorClass {
  /** The first generation (`eia1`). */
  public static readonly EIA1 = AcceleratorClass.of('eia1');
  /** The second generation (`eia2`). */
  public static readonly EIA2 = AcceleratorClass.of('eia2');

  /** A generation by its name, e.g. `eia2`. */
  public static of(version: string): AcceleratorClass {
    return new AcceleratorClass(version);
  }

  /** @param version the generation's name */
  private constructor(public readonly version: string) {}
}

/**
 * An Elastic Inference accelerator type, e.g. `ml.eia2.medium`.
 * @example
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // one m5.large instance with an eia2.medium accelerator
 * new tasks.SageMakerCreateEndpointConfig(stack, 'Create endpoint config', {
 *   endpointConfigName: 'churn-config',
 *   productionVariants: [{
 *     variantName: 'primary',
 *     modelName: 'churn',
 *     instanceType: new tasks.InstanceType('m5.large'),
 *     acceleratorType: tasks.AcceleratorType.of(tasks.AcceleratorClass.EIA2, tasks.InstanceSize.MEDIUM),
 *   }],
 * });
 */
export class AcceleratorType {
  /** `ml.<generation>.<size>`. */
  public static of(acceleratorClass: AcceleratorClass, instanceSize: InstanceSize): AcceleratorType {
    return new AcceleratorType(`ml.${acceleratorClass.version}.${instanceSize}`);
  }

  /** @param instanceTypeIdentifier the accelerator type as SageMaker spells it (`ml.eia2.medium`) */
  constructor(private readonly instanceTypeIdentifier: string) {}

  /** The accelerator type's name. */
  public toString(): string {
    return this.instanceTypeIdentifier;
  }
}
