import { validateJsonPath } from '../render/json-path';
import { JsonPath } from './fields';

/** How a TaskInput's value is to be used. */
export enum InputType {
  /** A string (or a JsonPath reference to any value). */
  TEXT = 1,
  /** An object, rendered field by field. */
  OBJECT = 2,
}

/** The input a task passes on to its service: a literal text, an object, or a path. */
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
