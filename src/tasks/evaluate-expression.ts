import { createHash } from 'crypto';
import type { Construct } from 'constructs';
import { CloudwatchLogGroup, type IamRole, TerraformStack, Token } from '../core/cdktf';
import { ValidationError, describeValue } from '../core/errors';
import { generatedName } from '../core/names';
import { cachedRef } from '../core/refs';
import type { PolicyStatement } from '../iam/policy-statement';
import { validatePatternSupported } from '../render/integration';
import type { TaskStateBaseProps } from '../sfn/states/task-base';
import { TaskStateBase } from '../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../sfn/types';
import { type Architecture, Runtime, RuntimeFamily } from './lambda-runtime';
import { expressionPaths, pathsInText } from './private/expression-paths';
import { handlerFunction, logStatement, stackHandlerRole } from './private/lambda-backed';
import { sharedStatements } from './private/statements';

/** Props of an EvaluateExpression task. */
export interface EvaluateExpressionProps extends TaskStateBaseProps {
  /**
   * The JavaScript expression to evaluate, e.g. `$.a + $.b`. State paths (`$.a`, `$.items[0].n`) stand
   * for values of the state input where they are code; to put a value into a string, interpolate it in
   * a template literal (`` `${$.count} items` ``). A path written as text inside a string or template
   * literal would not be replaced, and is refused.
   */
  readonly expression: string;
  /**
   * The Node.js runtime of the function that evaluates the expression.
   * @default Runtime.NODEJS_LATEST (nodejs24.x)
   */
  readonly runtime?: Runtime;
  /**
   * The architecture of the function that evaluates the expression.
   * @default Architecture.X86_64 (Lambda's default)
   */
  readonly architecture?: Architecture;
}

const ROLE_ID = 'EvaluateExpressionRole';
const LOGS_ID = 'EvaluateExpressionLogs';

/**
 * Evaluates a JavaScript expression against the state input, in a Lambda function of the task's own
 * (construct id `EvalFunction`) that runs under one role per stack. The task's output is the value of
 * the expression. The state's values reach the function as data: they are never part of the code it
 * evaluates.
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * // the expression runs in a Lambda function the task creates; the paths in it read the state input
 * const total = new tasks.EvaluateExpression(stack, 'Order total', {
 *   expression: '$.items.reduce((sum, item) => sum + item.price * item.quantity, 0)',
 *   resultPath: '$.total',
 * });
 * const message = new tasks.EvaluateExpression(stack, 'Message', {
 *   expression: '`Your order comes to ${$.total} EUR`',
 *   resultPath: '$.message',
 * });
 * total.next(message);
 */
export class EvaluateExpression extends TaskStateBase {
  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly expression: string;
  private readonly functionArn: string;

  constructor(scope: Construct, id: string, props: EvaluateExpressionProps) {
    super(scope, id, props);
    this.expression = props.expression;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, EvaluateExpression.SUPPORTED_INTEGRATION_PATTERNS);
    const runtime = props.runtime ?? Runtime.NODEJS_LATEST;
    if (runtime.family !== RuntimeFamily.NODEJS && !(Token.isUnresolved(runtime.name) || runtime.name.startsWith('nodejs'))) {
      throw new ValidationError(`'runtime' must be a Node.js runtime (Runtime.NODEJS_24_X, Runtime.NODEJS_LATEST, ...): the expression is JavaScript; got ${describeValue(runtime.name)}`, this);
    }
    if (!Token.isUnresolved(props.expression)) validateExpression(this, props.expression);

    const { role, prefix, logGroupName } = evaluationRole(this);
    const fn = handlerFunction(this, 'EvalFunction', {
      handler: 'evaluate-expression',
      codeId: 'EvaluateExpression',
      functionName: `${prefix}${generatedName(this, 64 - prefix.length)}`,
      description: `Evaluates the expression of the EvaluateExpression task ${this.node.path}`,
      role,
      runtime: runtime.name,
      architecture: props.architecture?.name,
      logGroupName,
    });
    const ref = cachedRef(fn);
    this.functionArn = ref.arn;
    this.taskPolicies = sharedStatements(ref, ['lambda:InvokeFunction'], () => [ref.arn, `${ref.arn}:*`]);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    if (this._effectiveLanguage(topLevelQueryLanguage) === QueryLanguage.JSONATA) {
      // The function reads the paths from the state input itself.
      return { Resource: this.functionArn, Arguments: { expression: this.expression, input: '{% $states.input %}' } };
    }
    const values: Record<string, string> = {};
    if (!Token.isUnresolved(this.expression)) {
      for (const path of expressionPaths(this.expression)) values[`${path}.$`] = path;
    }
    return { Resource: this.functionArn, Parameters: { expression: this.expression, expressionAttributeValues: values } };
  }
}

/** Refuses an expression with state paths written as text, and one that is not JavaScript. */
function validateExpression(scope: Construct, expression: string): void {
  const inText = pathsInText(expression);
  const inStrings = inText.filter((p) => p.place === 'string').map((p) => p.path);
  if (inStrings.length > 0) {
    throw new ValidationError(`'expression' has the state path(s) ${inStrings.join(', ')} inside a quoted string, where they are text and are not replaced by values: interpolate them in a template literal instead, e.g. \`...\${${inStrings[0]}}...\`; got ${describeValue(expression)}`, scope);
  }
  const inTemplates = inText.filter((p) => p.place === 'template').map((p) => p.path);
  if (inTemplates.length > 0) {
    throw new ValidationError(`'expression' has the state path(s) ${inTemplates.join(', ')} as text of a template literal, where they are not replaced by values: write them as interpolations, e.g. \${${inTemplates[0]}}; got ${describeValue(expression)}`, scope);
  }
  if (expression.trim() === '') {
    throw new ValidationError("'expression' must be a JavaScript expression; got an empty string", scope);
  }
  const code = expression.replace(/\$[.[][.a-zA-Z[\]0-9-_]+/g, '__values[0]');
  try {
    // Compiled, never run: a syntax error shows at synthesis instead of in the first execution.
    new Function('__values', '__code', `return function () { ${code}\n};`);
  } catch (e) {
    throw new ValidationError(`'expression' is not valid JavaScript (${(e as Error).message}); got ${describeValue(expression)}`, scope);
  }
}

/**
 * The stack's evaluation role, the log group its functions share (one statement however many functions
 * there are), and the name prefix of those functions.
 */
function evaluationRole(scope: Construct): { role: IamRole; prefix: string; logGroupName: string } {
  const stack = TerraformStack.of(scope);
  const prefix = `eval-${createHash('sha256').update(stack.node.path).digest('hex').slice(0, 8)}-`;
  let logGroupName = '';
  const { role } = stackHandlerRole(scope, ROLE_ID, 'Runs the functions of the EvaluateExpression tasks of this stack', (r) => {
    const group = new CloudwatchLogGroup(stack, LOGS_ID, { name: `/aws/lambda/${prefix.slice(0, -1)}` });
    logGroupName = group.name;
    r.statements.push(logStatement(stack, logGroupName, false));
  });
  logGroupName ||= (stack.node.findChild(LOGS_ID) as CloudwatchLogGroup).name;
  return { role, prefix, logGroupName };
}
