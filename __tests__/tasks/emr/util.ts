// Shared expectations of the EMR task tests.
import { ACCOUNT, PARTITION, REGION } from '../util';

/** The ARN of cluster `id` (or `*`) in the stack's region and account. */
export function clusterArn(id: string): string {
  return `arn:${PARTITION}:elasticmapreduce:${REGION}:${ACCOUNT}:cluster/${id}`;
}

/** The statement on the events rule of a `.sync` EMR call. */
export function ruleStatement(rule: string): object {
  return {
    Effect: 'Allow',
    Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    Resource: `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:rule/${rule}`,
  };
}
