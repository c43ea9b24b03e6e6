import type { Construct } from 'constructs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';

/** What an AthenaGetQueryExecution task does, in either query language. */
export interface AthenaGetQueryExecutionOptions {
  /** ID of the query execution, e.g. `$.QueryExecutionId` of a start task's result (`QueryExecutionId`). */
  readonly queryExecutionId: string;
}

/** Props of an AthenaGetQueryExecution task written in JSONPath. */
export interface AthenaGetQueryExecutionJsonPathProps extends TaskStateJsonPathBaseProps, AthenaGetQueryExecutionOptions {}

/** Props of an AthenaGetQueryExecution task written in JSONata. */
export interface AthenaGetQueryExecutionJsonataProps extends TaskStateJsonataBaseProps, AthenaGetQueryExecutionOptions {}

/** Props of an AthenaGetQueryExecution task. */
export interface AthenaGetQueryExecutionProps extends TaskStateBaseProps, AthenaGetQueryExecutionOptions {}

/**
 * Reads the state and statistics of an Athena query (REQUEST_RESPONSE only).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * new tasks.AthenaGetQueryExecution(stack, 'Read query status', {
 *   queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
 * });
 */
export class AthenaGetQueryExecution extends TaskStateBase {
  /** An AthenaGetQueryExecution task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: AthenaGetQueryExecutionJsonPathProps): AthenaGetQueryExecution {
    return new AthenaGetQueryExecution(scope, id, props);
  }

  /** An AthenaGetQueryExecution task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: AthenaGetQueryExecutionJsonataProps): AthenaGetQueryExecution {
    return new AthenaGetQueryExecution(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: AthenaGetQueryExecutionProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: AthenaGetQueryExecutionProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, AthenaGetQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    this.resourceArn = integrationResourceArn(this, 'athena', 'getQueryExecution', pattern);
    // a query execution ID is no ARN: IAM cannot name one query
    this.taskPolicies = [new PolicyStatement({ actions: ['athena:getQueryExecution'], resources: ['*'] })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ QueryExecutionId: this.props.queryExecutionId }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
