// Checks shared by the EMR on EKS tasks.
import type { IConstruct } from 'constructs';
import { ValidationError, describeValue } from '../../../core/errors';
import { isJsonataExpression } from '../../../render/jsonata';
import { JsonPath } from '../../../sfn/fields';
import { isLiteral } from '../../private/task-utils';
import type { ApplicationConfiguration, SparkSubmitJobDriver } from '../start-job-run-types';

/** Whether a string is fixed when the stack is built: no token, no JSONPath reference, no JSONata expression. */
export function isFixed(value: string | undefined): value is string {
  return isLiteral(value) && !isJsonataExpression(value);
}

/** Throws when a fixed `eksNamespace` is not a Kubernetes namespace name (a DNS label). */
export function validateNamespace(scope: IConstruct, namespace: string | undefined): void {
  if (isFixed(namespace) && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    throw new ValidationError(`'eksNamespace' must be a Kubernetes namespace name: 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit; got ${describeValue(namespace)}`, scope);
  }
}

/** Throws when an application configuration, at any depth, breaks EMR on EKS's limits. */
export function validateApplicationConfig(scope: IConstruct, configs: ApplicationConfiguration[] | undefined, prop = 'applicationConfig'): void {
  if (configs === undefined) return;
  if (configs.length > 100) throw new ValidationError(`'${prop}' allows at most 100 configurations, got ${configs.length}`, scope);
  configs.forEach((config, i) => {
    const at = `${prop}[${i}]`;
    if (config.properties === undefined && config.nestedConfig === undefined) {
      throw new ValidationError(`'${at}' must have 'properties', 'nestedConfig' or both; it has neither`, scope);
    }
    const count = config.properties === undefined ? 0 : Object.keys(config.properties).length;
    if (count > 100) throw new ValidationError(`'${at}.properties' allows at most 100 entries, got ${count}`, scope);
    validateApplicationConfig(scope, config.nestedConfig, `${at}.nestedConfig`);
  });
}

/** Throws when a Spark job driver's fixed values break the StartJobRun API's limits. */
export function validateSparkSubmitJobDriver(scope: IConstruct, driver: SparkSubmitJobDriver): void {
  const prop = 'jobDriver.sparkSubmitJobDriver';
  const entryPoint = driver.entryPoint.value;
  if (typeof entryPoint !== 'string') {
    throw new ValidationError(`'${prop}.entryPoint' must be text (TaskInput.fromText or a JSONPath/JSONata expression), got ${describeValue(entryPoint)}`, scope);
  }
  if (isFixed(entryPoint) && (entryPoint.length < 1 || entryPoint.length > 256)) {
    throw new ValidationError(`'${prop}.entryPoint' must have 1 to 256 characters, got ${entryPoint.length}: ${describeValue(entryPoint)}`, scope);
  }
  const args = driver.entryPointArguments?.value;
  if (args !== undefined) {
    if (typeof args === 'string') {
      if (isFixed(args) && !JsonPath.isEncodedJsonPath(args)) {
        throw new ValidationError(`'${prop}.entryPointArguments' must be a list of strings or a JSONPath/JSONata expression that gives one, got the text ${describeValue(args)}`, scope);
      }
    } else if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
      throw new ValidationError(`'${prop}.entryPointArguments' must be a list of strings or a JSONPath/JSONata expression that gives one, got ${describeValue(args)}`, scope);
    } else if (args.length < 1 || args.length > 10_280) {
      throw new ValidationError(`'${prop}.entryPointArguments' must have 1 to 10280 arguments, got ${args.length}`, scope);
    }
  }
  const params = driver.sparkSubmitParameters;
  if (isLiteral(params) && (params.length < 1 || params.length > 102_400)) {
    throw new ValidationError(`'${prop}.sparkSubmitParameters' must have 1 to 102400 characters, got ${params.length}`, scope);
  }
}
