import { validateJsonPath } from '../render/json-path';
import { JsonPath } from './fields';

/** How a TaskInput's value is to be used. */
export enum InputType {
  /** A string (or a JsonPath reference to any value). */
  TEXT = 1,
  /** An object, rendered field by field. */
  OBJECT = 2,
}

/**
 * The input a task passes on to its service: a literal text, an object, or a path.
 * @example
 * import type { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
 * import type { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const alerts: SnsTopic;
 * declare const orders: SqsQueue;
 *
 * // the text found at a path of the input
 * new tasks.SnsPublish(stack, 'Alert', { topic: alerts, message: sfn.TaskInput.fromJsonPathAt('$.alert.text') });
 * // an object of fixed values and references to the input
 * new tasks.SqsSendMessage(stack, 'Enqueue', {
 *   queue: orders,
 *   messageBody: sfn.TaskInput.fromObject({ kind: 'order-created', orderId: sfn.JsonPath.stringAt('$.orderId') }),
 * });
 */
export class TaskInput {
  /** A literal string. */
  public static fromText(text: string): TaskInput {
    return new TaskInput(InputType.TEXT, text);
  }

  /** An object; its JsonPath tokens become `key.$` fields. */
  public static fromObject(obj: { [key: string]: any }): TaskInput {
    return new TaskInput(InputType.OBJECT, obj);
  }

  /** The value at a path of the state input or context (`$.x`, `$$.Execution.Input`). */
  public static fromJsonPathAt(path: string): TaskInput {
    validateJsonPath(path, 'TaskInput.fromJsonPathAt(path)');
    return new TaskInput(InputType.TEXT, JsonPath.stringAt(path));
  }

  /** The value at a path of the state input; same as `fromJsonPathAt`. */
  public static fromDataAt(path: string): TaskInput {
    validateJsonPath(path, 'TaskInput.fromDataAt(path)');
    return new TaskInput(InputType.TEXT, JsonPath.stringAt(path));
  }

  /** The value at a path of the context object; same as `fromJsonPathAt`. */
  public static fromContextAt(path: string): TaskInput {
    validateJsonPath(path, 'TaskInput.fromContextAt(path)');
    return new TaskInput(InputType.TEXT, JsonPath.stringAt(path));
  }

  private constructor(public readonly type: InputType, public readonly value: any) {}
}
