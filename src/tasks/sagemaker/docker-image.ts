// The container image a SageMaker training job or model runs, and what its role is granted to pull it.
import { PolicyStatement } from '../../iam/policy-statement';
import type { ISageMakerTask } from './base-types';

/** A bound `DockerImage`. */
export interface DockerImageConfig {
  /** The image's URI. */
  readonly imageUri: string;
}

/**
 * An ECR repository: `{ repositoryUrl, arn }`, satisfied by the `EcrRepository` and
 * `DataAwsEcrRepository` resources.
 */
export interface EcrRepositoryRef {
  /** URL of the repository (`<account>.dkr.ecr.<region>.amazonaws.com/<name>`). */
  readonly repositoryUrl: string;
  /** ARN of the repository. */
  readonly arn: string;
}

const PULL_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];

/**
 * A container image for SageMaker.
 *
 * aws-cdk-lib's `fromAsset` builds an image during deployment; Terraform does not build images, so
 * push one to a repository and use `fromEcrRepository`.
 * @example
 * import type { Construct } from 'constructs';
 * import type { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const repository: EcrRepository;
 *
 * // trains with the image tagged `v3` of a repository of the account
 * new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
 *   trainingJobName: sfn.JsonPath.stringAt('$.jobName'),
 *   algorithmSpecification: { trainingImage: tasks.DockerImage.fromEcrRepository(repository, 'v3') },
 *   outputDataConfig: { s3OutputLocation: tasks.S3Location.fromJsonExpression('$.outputPath') },
 * });
 */
export abstract class DockerImage {
  /**
   * The image `tagOrDigest` of `repository` (`EcrRepository`, `DataAwsEcrRepository` or
   * `{ repositoryUrl, arn }`); the role is granted the pull of it. A digest starts with `sha256:`.
   */
  public static fromEcrRepository(repository: EcrRepositoryRef, tagOrDigest: string = 'latest'): DockerImage {
    const separator = tagOrDigest.startsWith('sha256:') ? '@' : ':';
    return new StandardImage(`${repository.repositoryUrl}${separator}${tagOrDigest}`, repository.arn, false);
  }

  /**
   * An image URI from the state, used as it is: pass a `JsonPath.stringAt(...)` or a JSONata
   * expression. With `allowAnyEcrImagePull` the role may pull any ECR image.
   */
  public static fromJsonExpression(expression: string, allowAnyEcrImagePull: boolean = true): DockerImage {
    return new StandardImage(expression, undefined, allowAnyEcrImagePull);
  }

  /** An image of a registry, by URI; nothing is granted. */
  public static fromRegistry(imageUri: string): DockerImage {
    return new StandardImage(imageUri, undefined, false);
  }

  /** The image's URI, after granting the task's role its pull. */
  public abstract bind(task: ISageMakerTask): DockerImageConfig;
}

class StandardImage extends DockerImage {
  constructor(private readonly imageUri: string, private readonly repositoryArn: string | undefined, private readonly allowAnyEcrImagePull: boolean) {
    super();
  }

  public bind(task: ISageMakerTask): DockerImageConfig {
    if (this.repositoryArn !== undefined) {
      task.addToRolePolicy(new PolicyStatement({ actions: PULL_ACTIONS, resources: [this.repositoryArn] }));
      task.addToRolePolicy(new PolicyStatement({ actions: ['ecr:GetAuthorizationToken'], resources: ['*'] }));
    }
    if (this.allowAnyEcrImagePull) task.addToRolePolicy(new PolicyStatement({ actions: PULL_ACTIONS, resources: ['*'] }));
    return { imageUri: this.imageUri };
  }
}
