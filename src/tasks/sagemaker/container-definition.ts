// The containers of a SageMaker model (`PrimaryContainer`, `Containers`).
import type { TaskInput } from '../../sfn/input';
import type { ISageMakerTask } from './base-types';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';

/** Whether a container serves one model or several (`Mode`). */
export enum Mode {
  /** One model. */
  SINGLE_MODEL = 'SingleModel',
  /** Several models, loaded on demand. */
  MULTI_MODEL = 'MultiModel',
}

/** What a model's container is. */
export interface ContainerDefinitionOptions {
  /**
   * The image the container runs (`Image`).
   * @default - none: a model package gives it
   */
  readonly image?: DockerImage;
  /**
   * Environment variables of the container (`Environment`).
   * @default - none
   */
  readonly environmentVariables?: TaskInput;
  /**
   * Name or ARN of the model package the container uses (`ModelPackageName`).
   * @default - none
   */
  readonly modelPackageName?: string;
  /**
   * Whether the container serves one model or several (`Mode`).
   * @default - SageMaker's default, Mode.SINGLE_MODEL
   */
  readonly mode?: Mode;
  /**
   * DNS host name of the container in an inference pipeline (`ContainerHostname`).
   * @default - none
   */
  readonly containerHostName?: string;
  /**
   * Where the model artifacts are (`ModelDataUrl`); the role is granted read access.
   * @default - none
   */
  readonly modelS3Location?: S3Location;
}

/** A bound container: the container object SageMaker takes. */
export interface ContainerDefinitionConfig {
  /**
   * The `ContainerDefinition` object of the CreateModel request.
   * @default - none
   */
  readonly parameters?: { [key: string]: any };
}

/** A container of a SageMaker model. */
export interface IContainerDefinition {
  /** The container object, after granting the task's role what the container needs. */
  bind(task: ISageMakerTask): ContainerDefinitionConfig;
}

/**
 * A container of a SageMaker model: an image (or a model package) and the model artifacts it serves.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // serves the artifacts the training step wrote, with an image from the input
 * new tasks.SageMakerCreateModel(stack, 'Create model', {
 *   modelName: sfn.JsonPath.stringAt('$.modelName'),
 *   primaryContainer: new tasks.ContainerDefinition({
 *     image: tasks.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')),
 *     mode: tasks.Mode.SINGLE_MODEL,
 *     modelS3Location: tasks.S3Location.fromJsonExpression('$.ModelArtifacts.S3ModelArtifacts'),
 *     environmentVariables: sfn.TaskInput.fromObject({ LOG_LEVEL: 'info' }),
 *   }),
 * });
 */
export class ContainerDefinition implements IContainerDefinition {
  constructor(private readonly options: ContainerDefinitionOptions) {}

  /** The container object, after granting the task's role the image pull and the artifacts' read. */
  public bind(task: ISageMakerTask): ContainerDefinitionConfig {
    const o = this.options;
    return {
      parameters: {
        ContainerHostname: o.containerHostName,
        Image: o.image?.bind(task).imageUri,
        Mode: o.mode,
        ModelDataUrl: o.modelS3Location?.bind(task, { forReading: true }).uri,
        ModelPackageName: o.modelPackageName,
        Environment: o.environmentVariables?.value,
      },
    };
  }
}
