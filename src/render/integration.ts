import type { IConstruct } from 'constructs';
import { partitionOf, stackValue } from '../core/arn';
import { ValidationError } from '../core/errors';

/**
 * The integration patterns by the values of the public enum `sfn.IntegrationPattern`. The renderer sits
 * below `sfn/` and cannot import the enum; its members are assignable to these names, so a pattern added
 * to the enum without a suffix here fails to compile wherever a task passes it on.
 */
export type IntegrationPatternName = 'REQUEST_RESPONSE' | 'RUN_JOB' | 'WAIT_FOR_TASK_TOKEN';

// Resource ARN suffix of each integration pattern.
const SUFFIX: Record<IntegrationPatternName, string> = {
  REQUEST_RESPONSE: '',
  RUN_JOB: '.sync',
  WAIT_FOR_TASK_TOKEN: '.waitForTaskToken',
};

/** The suffix a pattern adds to an optimized-integration ARN. */
export function integrationSuffix(pattern: IntegrationPatternName = 'REQUEST_RESPONSE'): string {
  return SUFFIX[pattern];
}

/**
 * `arn:<partition>:states:::<service>:<api><suffix>`, the Resource of an optimized service integration.
 * The partition comes from the stack's `aws_partition` data source, never a literal.
 */
export function integrationResourceArn(scope: IConstruct, service: string, api: string, pattern?: IntegrationPatternName): string {
  if (!service || !api) {
    throw new ValidationError(`an integration ARN needs both a service and an API, got service ${JSON.stringify(service)} and api ${JSON.stringify(api)}`, scope);
  }
  // one string per stack and integration: a thousand states calling Lambda share one Resource ARN, which
  // the renderer and the serializer then look up once
  const integration = `${service}:${api}${integrationSuffix(pattern)}`;
  return stackValue(scope, `integration ${integration}`, () => `arn:${partitionOf(scope)}:states:::${integration}`);
}

/** Throws unless `pattern` is one of the patterns a task supports. */
export function validatePatternSupported(scope: IConstruct, pattern: IntegrationPatternName, supported: readonly IntegrationPatternName[]): void {
  if (!supported.includes(pattern)) {
    throw new ValidationError(`'integrationPattern' ${pattern} is not supported by this task; supported: ${supported.join(', ')}`, scope);
  }
}
