import type { ContainerDefinitionRef } from './refs';

/** An environment variable set in a container of the task (`Environment` entry). */
export interface TaskEnvironmentVariable {
  /** Name of the variable; a JsonPath or JSONata expression takes it from the state. */
  readonly name: string;
  /** Value of the variable; a JsonPath or JSONata expression takes it from the state (the task token, say). */
  readonly value: string;
}

/** What one container of the task runs with instead of its definition's settings (`ContainerOverrides` entry). */
export interface ContainerOverride {
  /** The container: `{ containerName }`, the name of one of the task definition's containers (`Name`). */
  readonly containerDefinition: ContainerDefinitionRef;
  /**
   * Command of the container (`Command`).
   * @default - the command of the image or of the task definition
   */
  readonly command?: string[];
  /**
   * Environment variables added to, or replacing, those of the image and of the task definition (`Environment`).
   * @default - the image's and the task definition's
   */
  readonly environment?: TaskEnvironmentVariable[];
  /**
   * CPU units reserved for the container (`Cpu`).
   * @default - the task definition's
   */
  readonly cpu?: number;
  /**
   * Hard memory limit of the container, in MiB (`Memory`).
   * @default - the task definition's
   */
  readonly memoryLimit?: number;
  /**
   * Soft memory limit (reservation) of the container, in MiB (`MemoryReservation`).
   * @default - the task definition's
   */
  readonly memoryReservation?: number;
}
