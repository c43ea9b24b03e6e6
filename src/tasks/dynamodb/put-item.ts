import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { QueryLanguage } from '../../sfn/types';
import { attributeValueMap, dynamoTaskSetup, writeParameters, validateReturnValuesOldOnly } from './private/converters';
import type { DynamoAttributeValue, DynamoReturnValues, DynamoWriteItemOptions } from './shared-types';
import { cachedRef } from '../../core/refs';

/** What a DynamoPutItem task does, in either query language. */
export interface DynamoPutItemOptions extends DynamoWriteItemOptions {
  /** The item, including its primary key attributes. */
  readonly item: { [key: string]: DynamoAttributeValue };
  /**
   * Whether to return the item as it was before it was overwritten: NONE or ALL_OLD.
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
}

/** Props of a DynamoPutItem task written in JSONPath. */
export interface DynamoPutItemJsonPathProps extends TaskStateJsonPathBaseProps, DynamoPutItemOptions {}

/** Props of a DynamoPutItem task written in JSONata. */
export interface DynamoPutItemJsonataProps extends TaskStateJsonataBaseProps, DynamoPutItemOptions {}

/** Props of a DynamoPutItem task. */
export interface DynamoPutItemProps extends TaskStateBaseProps, DynamoPutItemOptions {}

/**
 * Creates or replaces an item of a DynamoDB table. Only REQUEST_RESPONSE is supported.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
 * @example
 * import type { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const orders: DynamodbTable;
 *
 * new tasks.DynamoPutItem(stack, 'Save order', {
 *   table: orders,
 *   item: {
 *     orderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
 *     total: tasks.DynamoAttributeValue.numberFromString(sfn.JsonPath.jsonToString(sfn.JsonPath.numberAt('$.total'))),
 *     status: tasks.DynamoAttributeValue.fromString('NEW'),
 *   },
 *   // an order saved before is not overwritten
 *   conditionExpression: 'attribute_not_exists(orderId)',
 *   resultPath: sfn.JsonPath.DISCARD,
 * });
 */
export class DynamoPutItem extends TaskStateBase {
  /** A DynamoPutItem task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: DynamoPutItemJsonPathProps): DynamoPutItem {
    return new DynamoPutItem(scope, id, props);
  }

  /** A DynamoPutItem task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: DynamoPutItemJsonataProps): DynamoPutItem {
    return new DynamoPutItem(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: DynamoPutItemProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: DynamoPutItemProps) {
    super(scope, id, props);
    props = { ...props, table: cachedRef(props.table) };
    this.props = props;
    validateReturnValuesOldOnly(this, props.returnValues, 'PutItem');
    const setup = dynamoTaskSetup(this, 'putItem', 'PutItem', props.table, props.integrationPattern, {
      item: attributeValueMap(props.item),
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
        Item: attributeValueMap(p.item),
        ...writeParameters(p),
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
