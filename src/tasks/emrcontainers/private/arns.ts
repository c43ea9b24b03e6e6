// ARNs of EMR on EKS resources, in the `:/virtualclusters/<id>` form of the service.
import type { IConstruct } from 'constructs';
import { formatArn } from '../../../core/arn';
import { isJsonataExpression } from '../../../render/jsonata';
import { JsonPath } from '../../../sfn/fields';

/** Whether a virtual cluster id is read at run time (a JSONPath reference or a JSONata expression). */
export function isDynamicId(id: unknown): boolean {
  return typeof id !== 'string' || JsonPath.isEncodedJsonPath(id) || isJsonataExpression(id);
}

/**
 * The ARN of the virtual cluster `id` followed by `rest` (such as `/jobruns/*`), or of every virtual
 * cluster when the id is read at run time.
 */
export function virtualClusterArn(scope: IConstruct, id: unknown, rest = ''): string {
  return formatArn(scope, { service: 'emr-containers', resource: '/virtualclusters', resourceName: isDynamicId(id) ? '*' : `${id as string}${rest}` });
}
