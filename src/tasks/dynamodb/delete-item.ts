import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { QueryLanguage } from '../../sfn/types';
import { attributeValueMap, dynamoTaskSetup, writeParameters, validateKey, validateReturnValuesOldOnly } from './private/converters';
import type { DynamoAttributeValue, DynamoReturnValues, DynamoWriteItemOptions } from './shared-types';
import { cachedRef } from '../../core/refs';

/** What a DynamoDeleteItem task does, in either query language. */
export interface DynamoDeleteItemOptions extends DynamoWriteItemOptions {
  /** The primary key of the item: the partition key and, for a composite key, the sort key. */
  readonly key: { [key: string]: DynamoAttributeValue };
  /**
   * Whether to return the item as it was before it was deleted: NONE or ALL_OLD.
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
}

/** Props of a DynamoDeleteItem task written in JSONPath. */
export interface DynamoDeleteItemJsonPathProps extends TaskStateJsonPathBaseProps, DynamoDeleteItemOptions {}

/** Props of a DynamoDeleteItem task written in JSONata. */
export interface DynamoDeleteItemJsonataProps extends TaskStateJsonataBaseProps, DynamoDeleteItemOptions {}

/** Props of a DynamoDeleteItem task. */
export interface DynamoDeleteItemProps extends TaskStateBaseProps, DynamoDeleteItemOptions {}

/**
 * Deletes an item of a DynamoDB table. Only REQUEST_RESPONSE is supported.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html
 * @example
 * import type { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const sessions: DynamodbTable;
 *
 * new tasks.DynamoDeleteItem(stack, 'End session', {
 *   table: sessions,
 *   key: {
 *     userId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.userId')),
 *     sessionId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.sessionId')),
 *   },
 *   // "status" is a reserved word in expressions
 *   conditionExpression: '#s = :expired',
 *   expressionAttributeNames: { '#s': 'status' },
 *   expressionAttributeValues: { ':expired': tasks.DynamoAttributeValue.fromString('EXPIRED') },
 * });
 */
export class DynamoDeleteItem extends TaskStateBase {
  /** A DynamoDeleteItem task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: DynamoDeleteItemJsonPathProps): DynamoDeleteItem {
    return new DynamoDeleteItem(scope, id, props);
  }

  /** A DynamoDeleteItem task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: DynamoDeleteItemJsonataProps): DynamoDeleteItem {
    return new DynamoDeleteItem(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: DynamoDeleteItemProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: DynamoDeleteItemProps) {
    super(scope, id, props);
    props = { ...props, table: cachedRef(props.table) };
    this.props = props;
    validateKey(this, props.key);
    validateReturnValuesOldOnly(this, props.returnValues, 'DeleteItem');
    const setup = dynamoTaskSetup(this, 'deleteItem', 'DeleteItem', props.table, props.integrationPattern, {
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
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
