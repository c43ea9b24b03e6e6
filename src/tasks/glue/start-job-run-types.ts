/**
 * Worker type of a Glue job run (`WorkerType`).
 * @deprecated use `WorkerConfigurationProperty.workerTypeV2` (`WorkerTypeV2`), which also takes types
 * this enum does not list
 */
export enum WorkerType {
  /** 4 vCPU, 16 GB of memory, a 50 GB disk, 2 executors per worker. */
  STANDARD = 'Standard',
  /** 0.25 DPU (2 vCPU, 4 GB of memory, 64 GB disk), 1 executor: low-volume streaming jobs. */
  G_025X = 'G.025X',
  /** 1 DPU (4 vCPU, 16 GB of memory, 64 GB disk), 1 executor: memory-intensive jobs. */
  G_1X = 'G.1X',
  /** 2 DPU (8 vCPU, 32 GB of memory, 128 GB disk), 1 executor: memory-intensive jobs. */
  G_2X = 'G.2X',
  /** 4 DPU (16 vCPU, 64 GB of memory, 256 GB disk), 1 executor: demanding transforms and joins (Glue 3.0+). */
  G_4X = 'G.4X',
  /** 8 DPU (32 vCPU, 128 GB of memory, 512 GB disk), 1 executor: the most demanding jobs (Glue 3.0+). */
  G_8X = 'G.8X',
  /** 2 high-memory DPU (8 vCPU, 64 GB of memory, 128 GB disk): Ray jobs. */
  Z_2X = 'Z.2X',
}

/**
 * Worker type of a Glue job run (`WorkerType`): one of the constants, or `WorkerTypeV2.of('...')` for a
 * type AWS added since.
 * @example
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * new tasks.GlueStartJobRun(stack, 'Rebuild index', {
 *   glueJobName: 'rebuild-index',
 *   // a worker type newer than the constants
 *   workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.of('G.12X'), numberOfWorkers: 2 },
 * });
 */
export class WorkerTypeV2 {
  /** 4 vCPU, 16 GB of memory, a 50 GB disk, 2 executors per worker. */
  public static readonly STANDARD = new WorkerTypeV2('Standard');
  /** 1 DPU (4 vCPU, 16 GB of memory, 64 GB disk), 1 executor: memory-intensive jobs. */
  public static readonly G_1X = new WorkerTypeV2('G.1X');
  /** 2 DPU (8 vCPU, 32 GB of memory, 128 GB disk), 1 executor: memory-intensive jobs. */
  public static readonly G_2X = new WorkerTypeV2('G.2X');
  /** 4 DPU (16 vCPU, 64 GB of memory, 256 GB disk), 1 executor: demanding transforms and joins (Glue 3.0+). */
  public static readonly G_4X = new WorkerTypeV2('G.4X');
  /** 8 DPU (32 vCPU, 128 GB of memory, 512 GB disk), 1 executor: the most demanding jobs (Glue 3.0+). */
  public static readonly G_8X = new WorkerTypeV2('G.8X');
  /** 0.25 DPU (2 vCPU, 4 GB of memory, 64 GB disk), 1 executor: low-volume streaming jobs. */
  public static readonly G_025X = new WorkerTypeV2('G.025X');
  /** 2 high-memory DPU (8 vCPU, 64 GB of memory, 128 GB disk): Ray jobs. */
  public static readonly Z_2X = new WorkerTypeV2('Z.2X');

  /** A worker type by its Glue name, e.g. `G.12X`. */
  public static of(workerType: string): WorkerTypeV2 {
    return new WorkerTypeV2(workerType);
  }

  /** The Glue name of the worker type (`G.1X`). */
  public readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }
}

/** Execution class of a Glue job run (`ExecutionClass`). */
export enum ExecutionClass {
  /** Spare capacity: start and end times vary; Glue 3.0+ `glueetl` jobs only. */
  FLEX = 'FLEX',
  /** Dedicated capacity that starts at once, for time-sensitive jobs. */
  STANDARD = 'STANDARD',
}

/** Workers of a Glue job run: one of the two worker types and their number. */
export interface WorkerConfigurationProperty {
  /**
   * Worker type (`WorkerType`); set this or `workerTypeV2`.
   * @deprecated use `workerTypeV2`
   * @default - must choose one of `workerType` or `workerTypeV2`
   */
  readonly workerType?: WorkerType;
  /**
   * Worker type (`WorkerType`); set this or `workerType`.
   * @default - must choose one of `workerType` or `workerTypeV2`
   */
  readonly workerTypeV2?: WorkerTypeV2;
  /** Number of workers, a whole number of at least 1 (`NumberOfWorkers`). */
  readonly numberOfWorkers: number;
}
