import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import { InputType, type TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isLiteral, requireTaskToken, validateMaxLength, validateUserFields } from '../private/task-utils';
import type { StateMachineRef } from '../refs';
import { cachedRef } from '../../core/refs';
import { managedRuleStatement } from '../private/statements';

/** What a StepFunctionsStartExecution task does, in either query language. */
export interface StepFunctionsStartExecutionOptions {
  /** The state machine to start. */
  readonly stateMachine: StateMachineRef;
  /**
   * Input of the execution (`Input`).
   * @default - the state input: `$` in JSONPath, `{% $states.input %}` in JSONata
   */
  readonly input?: TaskInput;
  /**
   * Name of the execution, at most 80 characters (`Name`).
   * @default - a name Step Functions generates
   */
  readonly name?: string;
  /**
   * Link the child execution to this one in the console, by adding
   * `AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID` to the input. `input`, when given, must then be an
   * object (`TaskInput.fromObject`).
   * @default false
   */
  readonly associateWithParent?: boolean;
}

/** Props of a StepFunctionsStartExecution task written in JSONPath. */
export interface StepFunctionsStartExecutionJsonPathProps extends TaskStateJsonPathBaseProps, StepFunctionsStartExecutionOptions {}

/** Props of a StepFunctionsStartExecution task written in JSONata. */
export interface StepFunctionsStartExecutionJsonataProps extends TaskStateJsonataBaseProps, StepFunctionsStartExecutionOptions {}

/** Props of a StepFunctionsStartExecution task. */
export interface StepFunctionsStartExecutionProps extends TaskStateBaseProps, StepFunctionsStartExecutionOptions {}

const PARENT_KEY = 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID';
const STATE_MACHINE_ARN = /^arn:([^:]+):states:([^:]+):(\d{12}):stateMachine:([^:]+)(:[^:]+)?$/;
const EVENTS_RULE = 'StepFunctionsGetEventsForStepFunctionsExecutionRule';
const MAX_NAME_LENGTH = 80;

/**
 * Starts an execution of another state machine; RUN_JOB waits for it to end (`.sync:2`, output as
 * JSON), WAIT_FOR_TASK_TOKEN waits for the token.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const fulfilment: sfn.StateMachine;
 *
 * // runs the fulfilment workflow as a child execution and waits for it to end
 * new tasks.StepFunctionsStartExecution(stack, 'Fulfil order', {
 *   stateMachine: fulfilment,
 *   integrationPattern: sfn.IntegrationPattern.RUN_JOB,
 *   input: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
 *   associateWithParent: true,
 *   // the child's output, parsed from JSON
 *   outputPath: '$.Output',
 * });
 */
export class StepFunctionsStartExecution extends TaskStateBase {
  /** A StepFunctionsStartExecution task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: StepFunctionsStartExecutionJsonPathProps): StepFunctionsStartExecution {
    return new StepFunctionsStartExecution(scope, id, props);
  }

  /** A StepFunctionsStartExecution task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: StepFunctionsStartExecutionJsonataProps): StepFunctionsStartExecution {
    return new StepFunctionsStartExecution(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: StepFunctionsStartExecutionProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: StepFunctionsStartExecutionProps) {
    super(scope, id, props);
    props = { ...props, stateMachine: cachedRef(props.stateMachine) };
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, StepFunctionsStartExecution.SUPPORTED_INTEGRATION_PATTERNS);
    const arn = props.stateMachine.arn;
    if (isLiteral(arn) && !STATE_MACHINE_ARN.test(arn)) {
      throw new ValidationError(`'stateMachine.arn' must be a state machine ARN (arn:<partition>:states:<region>:<account>:stateMachine:<name>[:<version or alias>]), got ${describeValue(arn)}`, this);
    }
    validateUserFields(this, { input: props.input?.value, name: props.name });
    requireTaskToken(this, pattern, props.input?.value, 'input');
    validateMaxLength(this, props.name, MAX_NAME_LENGTH, 'name');
    if (props.associateWithParent && props.input && props.input.type !== InputType.OBJECT) {
      throw new ValidationError(`'associateWithParent' adds a key to the execution input, so 'input' must be TaskInput.fromObject(...); got the text ${describeValue(props.input.value)}`, this);
    }

    const suffix = pattern === IntegrationPattern.RUN_JOB ? ':2' : '';
    this.resourceArn = integrationResourceArn(this, 'states', 'startExecution', pattern) + suffix;
    this.taskPolicies = this.createPolicies(pattern);
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const language = this._effectiveLanguage(topLevelQueryLanguage);
    const p = this.props;
    const jsonata = language === QueryLanguage.JSONATA;
    let input: unknown = p.input ? p.input.value : (jsonata ? '{% $states.input %}' : JsonPath.entirePayload);
    if (p.associateWithParent) {
      input = {
        ...(p.input ? p.input.value : {}),
        [PARENT_KEY]: jsonata ? '{% $states.context.Execution.Id %}' : JsonPath.executionId,
      };
    }
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ Input: input, StateMachineArn: p.stateMachine.arn, Name: p.name }, language),
    };
  }

  private createPolicies(pattern: IntegrationPattern): PolicyStatement[] {
    const sm = this.props.stateMachine;
    const policies = [new PolicyStatement({ actions: ['states:StartExecution'], resources: [sm.arn] })];
    if (pattern === IntegrationPattern.RUN_JOB) {
      policies.push(
        new PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [executionsArn(this, sm)] }),
        managedRuleStatement(this, EVENTS_RULE),
      );
    }
    return policies;
  }
}

/**
 * `arn:<partition>:states:<region>:<account>:execution:<state machine name>:*`, the executions of the
 * state machine: taken from a literal ARN (which may be in another account), else built from its name.
 */
function executionsArn(scope: Construct, sm: StateMachineRef): string {
  const literal = isLiteral(sm.arn) ? STATE_MACHINE_ARN.exec(sm.arn) : null;
  if (literal) {
    const [, partition, region, account, name] = literal;
    return `arn:${partition}:states:${region}:${account}:execution:${name}:*`;
  }
  return formatArn(scope, { service: 'states', resource: 'execution', resourceName: `${sm.name}:*`, separator: ':' });
}
