import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { QueryLanguage } from '../../sfn/types';
import { attributeValueMap, dynamoTaskSetup, writeParameters, validateKey } from './private/converters';
import type { DynamoAttributeValue, DynamoReturnValues, DynamoWriteItemOptions } from './shared-types';
import { cachedRef } from '../../core/refs';

/** What a DynamoUpdateItem task does, in either query language. */
export interface DynamoUpdateItemOptions extends DynamoWriteItemOptions {
  /** The primary key of the item: the partition key and, for a composite key, the sort key. */
  readonly key: { [key: string]: DynamoAttributeValue };
  /**
   * Which attributes to return, as they were before or are after the update.
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
  /**
   * The attributes to change and how, e.g. `SET #c = #c + :one`.
   * @default - none
   */
  readonly updateExpression?: string;
}

/** Props of a DynamoUpdateItem task written in JSONPath. */
export interface DynamoUpdateItemJsonPathProps extends TaskStateJsonPathBaseProps, DynamoUpdateItemOptions {}

/** Props of a DynamoUpdateItem task written in JSONata. */
export interface DynamoUpdateItemJsonataProps extends TaskStateJsonataBaseProps, DynamoUpdateItemOptions {}

/** Props of a DynamoUpdateItem task. */
export interface DynamoUpdateItemProps extends TaskStateBaseProps, DynamoUpdateItemOptions {}

/**
 * Edits an item of a DynamoDB table, or creates it. Only REQUEST_RESPONSE is supported.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
 * @example
 * import type { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const counters: DynamodbTable;
 *
 * new tasks.DynamoUpdateItem(stack, 'Count attempt', {
 *   table: counters,
 *   key: { orderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')) },
 *   updateExpression: 'SET attempts = if_not_exists(attempts, :zero) + :one',
 *   expressionAttributeValues: { ':zero': tasks.DynamoAttributeValue.fromNumber(0), ':one': tasks.DynamoAttributeValue.fromNumber(1) },
 *   returnValues: tasks.DynamoReturnValues.UPDATED_NEW,
 *   resultSelector: { attempts: sfn.JsonPath.stringAt('$.Attributes.attempts.N') },
 *   resultPath: '$.counter',
 * });
 */
export class DynamoUpdateItem extends TaskStateBase {
  /** A DynamoUpdateItem task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: DynamoUpdateItemJsonPathProps): DynamoUpdateItem {
    return new DynamoUpdateItem(scope, id, props);
  }

  /** A DynamoUpdateItem task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: DynamoUpdateItemJsonataProps): DynamoUpdateItem {
    return new DynamoUpdateItem(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: DynamoUpdateItemProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: DynamoUpdateItemProps) {
    super(scope, id, props);
    props = { ...props, table: cachedRef(props.table) };
    this.props = props;
    validateKey(this, props.key);
    const setup = dynamoTaskSetup(this, 'updateItem', 'UpdateItem', props.table, props.integrationPattern, {
      key: attributeValueMap(props.key),
      expressionAttributeNames: props.expressionAttributeNames,
      expressionAttributeValues: attributeValueMap(props.expressionAttributeValues),
    });
    this.resourceArn = setup.resourceArn;
    this.taskPolicies = setup.policies;
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        Key: attributeValueMap(p.key),
        ...writeParameters(p),
        UpdateExpression: p.updateExpression,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
