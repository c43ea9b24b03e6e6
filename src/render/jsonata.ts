const JSONATA = /^\{%[\s\S]*%\}$/;

/** Whether `value` is a JSONata expression string, `{% ... %}`. */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && JSONATA.test(value);
}

// `$states.context`, `$states.context.Task` or `$states.context.Task.Token`, and nothing more specific.
const TASK_TOKEN_JSONATA = /\$states\.context(?:\.Task(?:\.Token)?)?(?![\w$]|\.[A-Za-z_$])/;

/** Whether a JSONata expression hands the task token (or a context object that holds it) on. */
export function jsonataReferencesTaskToken(expression: string): boolean {
  return TASK_TOKEN_JSONATA.test(expression);
}
