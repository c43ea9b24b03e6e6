// Rendering pieces the SageMaker tasks share. Not part of the public API.
import type { IConstruct } from 'constructs';
import { formatArn } from '../../../core/arn';
import { isTokenString } from '../../../core/cdktf';
import { ValidationError } from '../../../core/errors';
import { isJsonataExpression } from '../../../render/jsonata';
import { JsonPath } from '../../../sfn/fields';
import type { InstanceType } from '../../ec2/instance-type';

/** Whether a value is known only at run time (a JSONPath or a JSONata expression). */
export function isDynamic(value: string): boolean {
  return JsonPath.isEncodedJsonPath(value) || isJsonataExpression(value);
}

/** `ml.<type>`, or the JSONPath/JSONata value as it is. */
export function mlInstanceType(instanceType: InstanceType): string {
  const text = instanceType.toString();
  return isDynamic(text) ? text : `ml.${text}`;
}

/** Tags as SageMaker takes them: `[{ Key, Value }]`. */
export function renderTags(tags: { [key: string]: string } | undefined): Array<{ Key: string; Value: string }> | undefined {
  return tags ? Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) : undefined;
}


/** A literal name lower-cased (SageMaker lower-cases resource names in ARNs); a token as it is. */
export function lowerLiteral(name: string): string {
  return isTokenString(name) ? name : name.toLowerCase();
}

/** The ARN of `<resource>/<name lower-cased><suffix>`, or of `<resource>/*` when the name is dynamic. */
export function sageMakerArn(scope: IConstruct, resource: string, name: string, suffix = ''): string {
  return formatArn(scope, { service: 'sagemaker', resource, resourceName: isDynamic(name) ? '*' : `${lowerLiteral(name)}${suffix}` });
}

/** `convert()` (a Size in whole units), its error naming the construct and the prop. */
export function wholeSize(scope: IConstruct, prop: string, convert: () => number): number {
  try {
    return convert();
  } catch (e) {
    if (ValidationError.isValidationError(e)) throw new ValidationError(`'${prop}' must be a whole number of the unit SageMaker takes: ${e.message}`, scope);
    throw e;
  }
}
