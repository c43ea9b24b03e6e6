// The permissions of the tasks that act on a running EMR cluster (add or cancel a step, resize a fleet
// or a group, set termination protection, terminate).
import type { IConstruct } from 'constructs';
import { formatArn } from '../../../core/arn';
import { PolicyStatement } from '../../../iam/policy-statement';
import { isJsonataExpression } from '../../../render/jsonata';
import { JsonPath } from '../../../sfn/fields';

/**
 * `actions` on the cluster the task names, in the stack's region and account: the cluster's own ARN
 * (`cluster/<id>`) when its id is known at synthesis (a literal or a Terraform reference), `cluster/*`
 * when the execution decides (a path or a JSONata expression). Step Functions' own policy templates for
 * EMR scope the same way (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html).
 */
export function clusterStatement(scope: IConstruct, clusterId: string, actions: string[]): PolicyStatement {
  const dynamic = JsonPath.isEncodedJsonPath(clusterId) || isJsonataExpression(clusterId);
  return new PolicyStatement({
    actions,
    resources: [formatArn(scope, { service: 'elasticmapreduce', resource: 'cluster', resourceName: dynamic ? '*' : clusterId })],
  });
}

