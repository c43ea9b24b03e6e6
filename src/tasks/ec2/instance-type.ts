// An EC2 instance type as a value, the shape aws-cdk-lib's `ec2.InstanceType` has for the tasks that take one.

/** EC2 instance families (the common ones; any other family works through `new InstanceType('<type>')`). */
export enum InstanceClass {
  /** Burstable, third generation, Intel. */
  T3 = 't3',
  /** Burstable, third generation, AMD. */
  T3A = 't3a',
  /** Burstable, fourth generation, Graviton2. */
  T4G = 't4g',
  /** General purpose, fifth generation, Intel. */
  M5 = 'm5',
  /** General purpose, fifth generation, AMD. */
  M5A = 'm5a',
  /** General purpose, sixth generation, Graviton2. */
  M6G = 'm6g',
  /** General purpose, sixth generation, Intel. */
  M6I = 'm6i',
  /** General purpose, seventh generation, Graviton3. */
  M7G = 'm7g',
  /** Compute optimized, fifth generation, Intel. */
  C5 = 'c5',
  /** Compute optimized, sixth generation, Graviton2. */
  C6G = 'c6g',
  /** Compute optimized, sixth generation, Intel. */
  C6I = 'c6i',
  /** Compute optimized, seventh generation, Graviton3. */
  C7G = 'c7g',
  /** Memory optimized, fifth generation, Intel. */
  R5 = 'r5',
  /** Memory optimized, sixth generation, Graviton2. */
  R6G = 'r6g',
  /** Memory optimized, sixth generation, Intel. */
  R6I = 'r6i',
  /** GPU compute, NVIDIA V100. */
  P3 = 'p3',
  /** GPU compute, NVIDIA A100. */
  P4D = 'p4d',
  /** GPU graphics and inference, NVIDIA T4. */
  G4DN = 'g4dn',
  /** GPU graphics and inference, NVIDIA A10G. */
  G5 = 'g5',
}

/** EC2 instance sizes. */
export enum InstanceSize {
  /** nano */
  NANO = 'nano',
  /** micro */
  MICRO = 'micro',
  /** small */
  SMALL = 'small',
  /** medium */
  MEDIUM = 'medium',
  /** large */
  LARGE = 'large',
  /** xlarge */
  XLARGE = 'xlarge',
  /** 2xlarge */
  XLARGE2 = '2xlarge',
  /** 4xlarge */
  XLARGE4 = '4xlarge',
  /** 8xlarge */
  XLARGE8 = '8xlarge',
  /** 12xlarge */
  XLARGE12 = '12xlarge',
  /** 16xlarge */
  XLARGE16 = '16xlarge',
  /** 24xlarge */
  XLARGE24 = '24xlarge',
  /** 32xlarge */
  XLARGE32 = '32xlarge',
  /** metal */
  METAL = 'metal',
}

/**
 * An EC2 instance type, e.g. `m5.xlarge`.
 * @example
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // each node of a multi-node parallel job on m5.xlarge; `new tasks.InstanceType('x2iedn.24xlarge')` names any other type
 * new tasks.BatchSubmitJob(stack, 'Simulate', {
 *   jobQueueArn: 'arn:aws:batch:us-east-1:123456789012:job-queue/hpc',
 *   jobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/simulation:1',
 *   jobName: 'simulate',
 *   containerOverrides: { instanceType: tasks.InstanceType.of(tasks.InstanceClass.M5, tasks.InstanceSize.XLARGE) },
 * });
 */
export class InstanceType {
  /** The instance type of a family and a size: `<class>.<size>`. */
  public static of(instanceClass: InstanceClass, instanceSize: InstanceSize): InstanceType {
    return new InstanceType(`${instanceClass}.${instanceSize}`);
  }

  /** @param instanceTypeIdentifier the instance type's name, as EC2 spells it (e.g. `m5.xlarge`) */
  constructor(private readonly instanceTypeIdentifier: string) {}

  /** The instance type's name. */
  public toString(): string {
    return this.instanceTypeIdentifier;
  }
}
