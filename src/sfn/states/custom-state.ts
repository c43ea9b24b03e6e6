import type { Construct } from 'constructs';
import type { PolicyStatement } from '../../iam/policy-statement';
import { Chain } from '../chain';
import { effectiveLanguage, renderNextEnd, renderRetryCatch } from '../private/render-state';
import type { CatchProps, IChainable, INextable, QueryLanguage, RetryProps } from '../types';
import type { StateBaseProps } from './state';
import { State } from './state';

/** Props of a CustomState. */
export interface CustomStateProps extends StateBaseProps {
  /** The state's Amazon States Language JSON, without `Next`/`End` (they come from the chain). */
  readonly stateJson: { [key: string]: any };
  /**
   * IAM statements the state needs (CustomState cannot infer them).
   * @default - none
   */
  readonly policyStatements?: PolicyStatement[];
}

/**
 * A state written as raw Amazon States Language, for features this library does not model.
 * @example
 * import type { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
 * import type { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
 * import type { Construct } from 'constructs';
 * import { iam, sfn } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const partition: DataAwsPartition;
 * declare const orders: DynamodbTable;
 *
 * // DynamoDB Query through the AWS SDK integration, with the permission it needs
 * new sfn.CustomState(stack, 'Open orders', {
 *   stateJson: {
 *     Type: 'Task',
 *     Resource: `arn:${partition.partition}:states:::aws-sdk:dynamodb:query`,
 *     Parameters: { TableName: orders.name, KeyConditionExpression: 'customerId = :c', ExpressionAttributeValues: { ':c': { 'S.$': '$.customerId' } } },
 *   },
 *   policyStatements: [new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: [orders.arn] })],
 * });
 */
export class CustomState extends State implements INextable {
  public readonly endStates: INextable[];
  private readonly stateJson: { [key: string]: any };
  private readonly statements: PolicyStatement[];

  constructor(scope: Construct, id: string, props: CustomStateProps) {
    super(scope, id, props);
    this.endStates = [this];
    this.stateJson = props.stateJson;
    this.statements = props.policyStatements ?? [];
  }

  /** Retries the state on errors (merged with any `Retry` of `stateJson`). */
  public addRetry(props: RetryProps = {}): CustomState {
    this._addRetry(props);
    return this;
  }

  /** Handles errors of the state with `handler` (merged with any `Catch` of `stateJson`). */
  public addCatch(handler: IChainable, props: CatchProps = {}): CustomState {
    this._addCatch(handler.startState, props);
    return this;
  }

  /** Continues with `next`. */
  public next(next: IChainable): Chain {
    this._makeNext(next.startState);
    return Chain.sequence(this, next);
  }

  /** @internal */
  public _policyStatements(): PolicyStatement[] {
    return [...this.statements];
  }

  public toStateJson(topLevelQueryLanguage?: QueryLanguage): object {
    const language = effectiveLanguage(this.queryLanguage, topLevelQueryLanguage);
    const own = renderRetryCatch(this._retries, this._catches, language) as { Retry?: unknown[]; Catch?: unknown[] };
    const retry = [...(this.stateJson.Retry ?? []), ...(own.Retry ?? [])];
    const katch = [...(this.stateJson.Catch ?? []), ...(own.Catch ?? [])];
    return {
      ...this.stateJson,
      ...renderNextEnd(this._nextState),
      Retry: retry.length > 0 ? retry : undefined,
      Catch: katch.length > 0 ? katch : undefined,
    };
  }
}
