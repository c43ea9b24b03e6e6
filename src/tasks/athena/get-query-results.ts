import type { Construct } from 'constructs';
import { Token } from '../../core/cdktf';
import { ValidationError, describeValue } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';

/** What an AthenaGetQueryResults task does, in either query language. */
export interface AthenaGetQueryResultsOptions {
  /** ID of the query execution, e.g. `$.QueryExecutionId` of a start task's result (`QueryExecutionId`). */
  readonly queryExecutionId: string;
  /**
   * Token of the page to read, from the previous page's `NextToken` (`NextToken`).
   * @default - the first page
   */
  readonly nextToken?: string;
  /**
   * Rows per page, 1 to 1,000 (`MaxResults`).
   * @default 1000
   */
  readonly maxResults?: number;
}

/** Props of an AthenaGetQueryResults task written in JSONPath. */
export interface AthenaGetQueryResultsJsonPathProps extends TaskStateJsonPathBaseProps, AthenaGetQueryResultsOptions {}

/** Props of an AthenaGetQueryResults task written in JSONata. */
export interface AthenaGetQueryResultsJsonataProps extends TaskStateJsonataBaseProps, AthenaGetQueryResultsOptions {}

/** Props of an AthenaGetQueryResults task. */
export interface AthenaGetQueryResultsProps extends TaskStateBaseProps, AthenaGetQueryResultsOptions {}

/**
 * Reads a page of the results of a finished Athena query (REQUEST_RESPONSE only).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * new tasks.AthenaGetQueryResults(stack, 'Read query results', {
 *   queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
 *   maxResults: 100,
 *   nextToken: sfn.JsonPath.stringAt('$.NextToken'),
 * });
 */
export class AthenaGetQueryResults extends TaskStateBase {
  /** An AthenaGetQueryResults task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: AthenaGetQueryResultsJsonPathProps): AthenaGetQueryResults {
    return new AthenaGetQueryResults(scope, id, props);
  }

  /** An AthenaGetQueryResults task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: AthenaGetQueryResultsJsonataProps): AthenaGetQueryResults {
    return new AthenaGetQueryResults(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: AthenaGetQueryResultsProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: AthenaGetQueryResultsProps) {
    super(scope, id, props);
    this.props = props;
    const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
    validatePatternSupported(this, pattern, AthenaGetQueryResults.SUPPORTED_INTEGRATION_PATTERNS);
    const max = props.maxResults;
    if (max !== undefined && !Token.isUnresolved(max) && (!Number.isInteger(max) || max < 1 || max > 1000)) {
      throw new ValidationError(`'maxResults' must be a whole number from 1 to 1000, got ${describeValue(max)}`, this);
    }
    this.resourceArn = integrationResourceArn(this, 'athena', 'getQueryResults', pattern);
    // a query execution ID is no ARN: IAM cannot name one query; the results are read from their bucket
    this.taskPolicies = [
      new PolicyStatement({ actions: ['athena:getQueryResults'], resources: ['*'] }),
      new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }),
    ];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        QueryExecutionId: this.props.queryExecutionId,
        NextToken: this.props.nextToken,
        MaxResults: this.props.maxResults,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
