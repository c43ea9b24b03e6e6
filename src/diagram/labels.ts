// The words a diagram puts on its nodes and edges: what a task calls, what a Choice rule tests, how a
// state retries. Everything here reads ASL as Step Functions receives it.

const COMPARATORS: Array<[string, string]> = [
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
  ['Equals', '=='],
  ['Matches', 'matches'],
];
const TYPE_TESTS: Record<string, string> = {
  IsPresent: 'present', IsNull: 'null', IsNumeric: 'numeric', IsString: 'a string', IsBoolean: 'a boolean', IsTimestamp: 'a timestamp',
};
const MAX_LABEL = 60;

/** `text` cut to a length a diagram can show. */
export function shorten(text: string, max = MAX_LABEL): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The expression of a JSONata `{% ... %}` string, or the text itself. */
export function jsonataBody(text: string): string {
  const m = /^\{%([\s\S]*)%\}$/.exec(text.trim());
  return m ? m[1].trim() : text;
}

/** What a Task state calls: `lambda:invoke`, `aws-sdk s3:listBuckets (run job)`, `activity ...`. */
export function taskAction(resource: unknown): string {
  if (typeof resource !== 'string') return 'task';
  const integration = /:states:::([^:]+):(.+)$/.exec(resource);
  if (integration) {
    const [, service, rest] = integration;
    const pattern = /\.(sync(?::\d+)?|waitForTaskToken)$/.exec(rest);
    const action = pattern ? rest.slice(0, -pattern[0].length) : rest;
    const suffix = !pattern ? '' : pattern[1] === 'waitForTaskToken' ? ' (wait for task token)' : ' (run job)';
    return `${service === 'aws-sdk' ? `aws-sdk ${action}` : `${service}:${action}`}${suffix}`;
  }
  const activity = /:activity:(.+)$/.exec(resource) ?? /aws_sfn_activity\.([\w-]+)\./.exec(resource);
  if (activity) return `activity ${activity[1]}`;
  const fn = /:lambda:.*:function:(.+)$/.exec(resource) ?? /aws_lambda_function\.([\w-]+)\./.exec(resource);
  if (fn) return `lambda function ${fn[1]}`;
  return resource;
}

function operand(rule: Record<string, unknown>, key: string): string {
  const value = rule[key];
  return key.endsWith('Path') ? String(value) : JSON.stringify(value);
}

/** A Choice rule as one line: `$.status == "paid"`, `$.a > 5 and not ($.b is null)`, a JSONata condition. */
export function choiceRuleText(rule: Record<string, unknown>, nested = false): string {
  if (typeof rule.Condition === 'string') return jsonataBody(rule.Condition);
  const join = (list: unknown, word: string) => {
    const parts = (Array.isArray(list) ? list : []).map((r) => choiceRuleText(r as Record<string, unknown>, true));
    const text = parts.join(` ${word} `);
    return nested && parts.length > 1 ? `(${text})` : text;
  };
  if (rule.And) return join(rule.And, 'and');
  if (rule.Or) return join(rule.Or, 'or');
  if (rule.Not) return `not ${choiceRuleText(rule.Not as Record<string, unknown>, true)}`;
  const variable = String(rule.Variable ?? '?');
  for (const key of Object.keys(rule)) {
    const test = TYPE_TESTS[key];
    if (test) return `${variable} is ${rule[key] === false ? 'not ' : ''}${test}`;
    const comparator = COMPARATORS.find(([word]) => key.replace(/Path$/, '').endsWith(word));
    if (comparator && key !== 'Variable' && key !== 'Next') return `${variable} ${comparator[1]} ${operand(rule, key)}`;
  }
  return variable;
}

/** A list of error names, short: `States.Timeout, States.TaskFailed`, or `4 errors` when they are long. */
export function errorList(errors: unknown): string {
  if (!Array.isArray(errors) || errors.length === 0) return '?';
  const all = errors.join(', ');
  return errors.length === 1 || all.length <= 32 ? all : `${errors.length} errors`;
}

/** The retries of a state, a line each: `retry States.TaskFailed ×3, 2 s, backoff 2`. */
export function retryLines(retry: unknown): string[] {
  if (!Array.isArray(retry)) return [];
  return retry.map((r: Record<string, unknown>) => {
    const errors = errorList(r.ErrorEquals);
    const attempts = r.MaxAttempts ?? 3;
    const interval = r.IntervalSeconds ?? 1;
    const backoff = r.BackoffRate ?? 2;
    return `retry ${errors} ×${attempts}, ${interval} s, backoff ${backoff}`;
  });
}

/** The errors a Catch clause catches, as an edge label. */
export function catchLabel(clause: Record<string, unknown>): string {
  return `catch ${errorList(clause.ErrorEquals)}`;
}

/** What a Wait state waits for. */
export function waitLine(state: Record<string, unknown>): string {
  if (state.Seconds !== undefined) return typeof state.Seconds === 'string' ? `wait ${jsonataBody(state.Seconds)} s` : `wait ${state.Seconds} s`;
  if (state.Timestamp !== undefined) return `wait until ${jsonataBody(String(state.Timestamp))}`;
  if (state.SecondsPath !== undefined) return `wait ${state.SecondsPath} s`;
  if (state.TimestampPath !== undefined) return `wait until ${state.TimestampPath}`;
  return 'wait';
}
