import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import type { PolicyStatement } from '../../iam/policy-statement';
import { validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import type { FieldLanguages } from '../../sfn/private/language-check';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { kmsKeyStatement } from '../private/kms';
import { validateUserFields } from '../private/task-utils';
import type { ActivityEncryptionRef, ActivityRef } from '../refs';
import { cachedRef } from '../../core/refs';

/** What a StepFunctionsInvokeActivity task does, in either query language. */
export interface StepFunctionsInvokeActivityOptions {
  /** The activity whose workers do the work. */
  readonly activity: ActivityRef;
}

/** Props of a StepFunctionsInvokeActivity task written in JSONPath. */
export interface StepFunctionsInvokeActivityJsonPathProps extends TaskStateJsonPathBaseProps, StepFunctionsInvokeActivityOptions {
  /**
   * The input the worker receives (`Parameters`); JsonPath references become `key.$` fields.
   * @default - the state input
   */
  readonly parameters?: { [key: string]: any };
}

/** Props of a StepFunctionsInvokeActivity task written in JSONata. */
export interface StepFunctionsInvokeActivityJsonataProps extends TaskStateJsonataBaseProps, StepFunctionsInvokeActivityOptions {
  /**
   * The input the worker receives (`Arguments`), with `{% %}` expressions.
   * @default - the state input
   */
  readonly arguments?: { [key: string]: any };
}

/** Props of a StepFunctionsInvokeActivity task: `parameters` (JSONPath) or `arguments` (JSONata). */
export interface StepFunctionsInvokeActivityProps extends TaskStateBaseProps, StepFunctionsInvokeActivityOptions {
  /**
   * The input the worker receives, in a JSONPath state (`Parameters`).
   * @default - the state input
   */
  readonly parameters?: { [key: string]: any };
  /**
   * The input the worker receives, in a JSONata state (`Arguments`).
   * @default - the state input
   */
  readonly arguments?: { [key: string]: any };
}

const CUSTOMER_MANAGED = 'CUSTOMER_MANAGED_KMS_KEY';

/**
 * Hands work to an activity's workers and waits for their answer. The task has no integration
 * pattern: only REQUEST_RESPONSE (the default) is accepted.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
 * @example
 * import type { SfnActivity } from '@cdktf/provider-aws/lib/sfn-activity';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const packing: SfnActivity;
 *
 * // a worker polls the activity, packs the parcel and answers with its id
 * tasks.StepFunctionsInvokeActivity.jsonata(stack, 'Pack parcel', {
 *   activity: packing,
 *   arguments: { orderId: '{% $states.input.orderId %}', skus: '{% $states.input.lines.sku %}' },
 *   heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(5)),
 *   outputs: { parcelId: '{% $states.result.parcelId %}' },
 * });
 */
export class StepFunctionsInvokeActivity extends TaskStateBase {
  /** A StepFunctionsInvokeActivity task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: StepFunctionsInvokeActivityJsonPathProps): StepFunctionsInvokeActivity {
    return new StepFunctionsInvokeActivity(scope, id, props);
  }

  /** A StepFunctionsInvokeActivity task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: StepFunctionsInvokeActivityJsonataProps): StepFunctionsInvokeActivity {
    return new StepFunctionsInvokeActivity(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  /** @internal */
  public readonly _invokesActivity: boolean = true;
  private readonly props: StepFunctionsInvokeActivityProps;

  constructor(scope: Construct, id: string, props: StepFunctionsInvokeActivityProps) {
    super(scope, id, props);
    props = { ...props, activity: cachedRef(props.activity) };
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, StepFunctionsInvokeActivity.SUPPORTED_INTEGRATION_PATTERNS);
    if (props.parameters !== undefined && props.arguments !== undefined) {
      throw new ValidationError("'parameters' and 'arguments' cannot both be set: use 'parameters' in a JSONPath state, 'arguments' in a JSONata state", this);
    }
    if (props.parameters !== undefined && props.queryLanguage === QueryLanguage.JSONATA) {
      throw new ValidationError("'parameters' is a JSONPath field; a JSONata state takes 'arguments'", this);
    }
    if (props.arguments !== undefined && props.queryLanguage === QueryLanguage.JSON_PATH) {
      throw new ValidationError("'arguments' is a JSONata field; a JSONPath state takes 'parameters'", this);
    }
    validateUserFields(this, { parameters: props.parameters });
    const key = customerManagedKey(props.activity);
    this.taskPolicies = key === undefined ? [] : [kmsKeyStatement(this, key, ['kms:Decrypt', 'kms:GenerateDataKey'], {
      StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': props.activity.arn },
    })];
  }

  // `parameters` and `arguments` are the activity's input in JSONPath and in JSONata
  /** @internal */
  protected _fieldLanguages(): FieldLanguages {
    return { ...super._fieldLanguages(), parameters: QueryLanguage.JSON_PATH };
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const payload = this.props.parameters ?? this.props.arguments;
    return {
      Resource: this.props.activity.arn,
      ...(payload === undefined ? {} : this._renderParametersOrArguments(payload, this._effectiveLanguage(topLevelQueryLanguage))),
    };
  }
}

/**
 * The customer managed key of an activity, when its configuration is known at synthesis time: the
 * provider resource's configured block first (its attributes are tokens), then ours or a literal.
 */
function customerManagedKey(activity: ActivityRef): string | undefined {
  const fromConfig = (c: ActivityEncryptionRef | undefined) => {
    if (c === undefined || c.type === undefined || Token.isUnresolved(c.type) || c.type !== CUSTOMER_MANAGED) return undefined;
    return c.kmsKey?.arn ?? c.kmsKeyId;
  };
  return fromConfig(activity.encryptionConfigurationInput) ?? fromConfig(activity.encryptionConfiguration);
}
