import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { QueryLanguage } from '../../sfn/types';
import type { DynamoTableRef } from '../refs';
import { attributeValueMap, dynamoTaskSetup, validateKey } from './private/converters';
import type { DynamoAttributeValue, DynamoConsumedCapacity, DynamoProjectionExpression } from './shared-types';
import { cachedRef } from '../../core/refs';

/** What a DynamoGetItem task does, in either query language. */
export interface DynamoGetItemOptions {
  /** The table to read. */
  readonly table: DynamoTableRef;
  /** The primary key of the item: the partition key and, for a composite key, the sort key. */
  readonly key: { [key: string]: DynamoAttributeValue };
  /**
   * Whether the read is strongly consistent.
   * @default false
   */
  readonly consistentRead?: boolean;
  /**
   * Substitution tokens for attribute names in the projection expression, `{ '#n': 'name' }`.
   * @default - none
   */
  readonly expressionAttributeNames?: { [key: string]: string };
  /**
   * The attributes to return.
   * @default - all attributes
   */
  readonly projectionExpression?: DynamoProjectionExpression[];
  /**
   * Whether to return the consumed capacity.
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;
}

/** Props of a DynamoGetItem task written in JSONPath. */
export interface DynamoGetItemJsonPathProps extends TaskStateJsonPathBaseProps, DynamoGetItemOptions {}

/** Props of a DynamoGetItem task written in JSONata. */
export interface DynamoGetItemJsonataProps extends TaskStateJsonataBaseProps, DynamoGetItemOptions {}

/** Props of a DynamoGetItem task. */
export interface DynamoGetItemProps extends TaskStateBaseProps, DynamoGetItemOptions {}

/**
 * Reads an item of a DynamoDB table. Only REQUEST_RESPONSE is supported.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
 * @example
 * import type { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const customers: DynamodbTable;
 *
 * new tasks.DynamoGetItem(stack, 'Load customer', {
 *   table: customers,
 *   key: { customerId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.customerId')) },
 *   projectionExpression: [new tasks.DynamoProjectionExpression().withAttribute('email')],
 *   resultSelector: { email: sfn.JsonPath.stringAt('$.Item.email.S') },
 *   resultPath: '$.customer',
 * });
 */
export class DynamoGetItem extends TaskStateBase {
  /** A DynamoGetItem task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: DynamoGetItemJsonPathProps): DynamoGetItem {
    return new DynamoGetItem(scope, id, props);
  }

  /** A DynamoGetItem task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: DynamoGetItemJsonataProps): DynamoGetItem {
    return new DynamoGetItem(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: DynamoGetItemProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: DynamoGetItemProps) {
    super(scope, id, props);
    props = { ...props, table: cachedRef(props.table) };
    this.props = props;
    validateKey(this, props.key);
    const setup = dynamoTaskSetup(this, 'getItem', 'GetItem', props.table, props.integrationPattern, {
      key: attributeValueMap(props.key),
      expressionAttributeNames: props.expressionAttributeNames,
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
        TableName: p.table.name,
        ConsistentRead: p.consistentRead ?? false,
        ExpressionAttributeNames: p.expressionAttributeNames,
        ProjectionExpression: p.projectionExpression?.map((e) => e.toString()).join(','),
        ReturnConsumedCapacity: p.returnConsumedCapacity,
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
