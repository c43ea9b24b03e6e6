import type { Construct } from 'constructs';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';

/** What an AthenaStopQueryExecution task does, in either query language. */
export interface AthenaStopQueryExecutionOptions {
  /** ID of the query execution, e.g. `$.QueryExecutionId` of a start task's result (`QueryExecutionId`). */
  readonly queryExecutionId: string;
}

/** Props of an AthenaStopQueryExecution task written in JSONPath. */
export interface AthenaStopQueryExecutionJsonPathProps extends TaskStateJsonPathBaseProps, AthenaStopQueryExecutionOptions {}

/** Props of an AthenaStopQueryExecution task written in JSONata. */
export interface AthenaStopQueryExecutionJsonataProps extends TaskStateJsonataBaseProps, AthenaStopQueryExecutionOptions {}

/** Props of an AthenaStopQueryExecution task. */
export interface AthenaStopQueryExecutionProps extends TaskStateBaseProps, AthenaStopQueryExecutionOptions {}

/**
 * Stops a running Athena query (REQUEST_RESPONSE only).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * new tasks.AthenaStopQueryExecution(stack, 'Stop query', {
 *   queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
 * });
 */
export class AthenaStopQueryExecution extends TaskStateBase {
  /** An AthenaStopQueryExecution task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: AthenaStopQueryExecutionJsonPathProps): AthenaStopQueryExecution {
    return new AthenaStopQueryExecution(scope, id, props);
  }

  /** An AthenaStopQueryExecution task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: AthenaStopQueryExecutionJsonataProps): AthenaStopQueryExecution {
    return new AthenaStopQueryExecution(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: AthenaStopQueryExecutionProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: AthenaStopQueryExecutionProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, AthenaStopQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    this.resourceArn = integrationResourceArn(this, 'athena', 'stopQueryExecution', pattern);
    // a query execution ID is no ARN: IAM cannot name one query
    this.taskPolicies = [new PolicyStatement({ actions: ['athena:stopQueryExecution'], resources: ['*'] })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ QueryExecutionId: this.props.queryExecutionId }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
