// Validation, rendering and permissions shared by Map and DistributedMap: pure functions, not part of
// the public API.
import type { IConstruct } from 'constructs';
import { formatArn } from '../../core/arn';
import { Token } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { validateFields, validateReferencePath } from '../../render/json-path';
import { validateJsonataFields } from '../../render/jsonata';
import type { MapBaseProps } from '../states/map-base';
import type { State } from '../states/state';
import { QueryLanguage } from '../types';
import { renderPath, renderPayload } from './render-state';
import { validateLanguageFields } from './language-check';
import { validateJsonata, validateStatePath } from './validate';

/** Throws unless a count is a whole number >= `min` (and <= `max`, when given). */
export function validateWholeNumber(value: number | undefined, where: string, scope: IConstruct, min: number, max?: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    throw new ValidationError(`${where} must be a whole number ${max === undefined ? `>= ${min}` : `from ${min} to ${max}`}, got ${value}`, scope);
  }
}

export function validateMapBaseProps(props: MapBaseProps & { parameters?: object }, scope: State): void {
  validateLanguageFields(props, props.queryLanguage, scope);
  if (props.inputPath !== undefined) validateStatePath(props.inputPath, "'inputPath'", scope);
  if (props.outputPath !== undefined) validateStatePath(props.outputPath, "'outputPath'", scope);
  if (props.resultPath !== undefined) validateStatePath(props.resultPath, "'resultPath'", scope);
  if (props.itemsPath !== undefined) validateReferencePath(props.itemsPath, "'itemsPath'", scope);
  if (props.maxConcurrencyPath !== undefined) validateReferencePath(props.maxConcurrencyPath, "'maxConcurrencyPath'", scope);
  validateWholeNumber(props.maxConcurrency, "'maxConcurrency'", scope, 0);
  validateJsonata(props.jsonataMaxConcurrency, "'jsonataMaxConcurrency'", scope);
  validateJsonata(props.jsonataItemSelector, "'jsonataItemSelector'", scope);
  const concurrency = ['maxConcurrency', 'maxConcurrencyPath', 'jsonataMaxConcurrency'].filter((k) => (props as any)[k] !== undefined);
  if (concurrency.length > 1) {
    throw new ValidationError(`set only one of ${concurrency.map((k) => `'${k}'`).join(', ')}`, scope);
  }
  const selectors = ['itemSelector', 'jsonataItemSelector', 'parameters'].filter((k) => (props as any)[k] !== undefined);
  if (selectors.length > 1) {
    throw new ValidationError(`set only one of ${selectors.map((k) => `'${k}'`).join(', ')} (they all build the iteration input)`, scope);
  }
  const jsonata = props.queryLanguage === QueryLanguage.JSONATA;
  if (props.itemSelector !== undefined && !jsonata) validateFields(props.itemSelector, "'itemSelector'", scope);
  else validateJsonataFields(props.itemSelector, "'itemSelector'", scope);
  if (props.resultSelector !== undefined) validateFields(props.resultSelector, "'resultSelector'", scope);
  if (props.parameters !== undefined) validateFields(props.parameters, "'parameters'", scope);
  if (props.assign !== undefined && !jsonata) validateFields(props.assign, "'assign'", scope);
}

/**
 * A count whose 0 says what leaving it out says (no concurrency limit, no failure tolerated): rendered
 * only when it says more, as aws-cdk-lib does.
 */
export function unlessZero(count: number | undefined): number | undefined {
  return count === 0 ? undefined : count;
}

/** Fields every Map state renders, in the state's language (pure). */
export function renderMapFields(props: MapBaseProps, language: QueryLanguage): object {
  const jsonPath = language === QueryLanguage.JSON_PATH;
  if (jsonPath) {
    return {
      InputPath: renderPath(props.inputPath),
      ItemsPath: renderPath(props.itemsPath),
      ItemSelector: renderPayload(props.itemSelector, language),
      MaxConcurrency: unlessZero(props.maxConcurrency),
      MaxConcurrencyPath: renderPath(props.maxConcurrencyPath),
      ResultSelector: renderPayload(props.resultSelector, language),
      ResultPath: renderPath(props.resultPath),
      OutputPath: renderPath(props.outputPath),
      Assign: renderPayload(props.assign, language),
    };
  }
  return {
    Items: props.items?.items,
    ItemSelector: props.itemSelector ?? props.jsonataItemSelector,
    MaxConcurrency: unlessZero(props.maxConcurrency) ?? props.jsonataMaxConcurrency,
    Output: props.outputs,
    Assign: props.assign,
  };
}

/**
 * What the role needs so that a distributed Map can run its child executions: start executions of its
 * own state machine, describe and stop the child executions, and redrive them. The resource shapes follow
 * the AWS Step Functions Developer Guide, "IAM policies for using Distributed Map states" (StartExecution
 * on `stateMachine:<name>`, DescribeExecution/StopExecution on the child executions `execution:<name>/*`)
 * and "Redriving Map Runs" (RedriveExecution on `execution:<name>/<map run label>:*`). A child execution's
 * ARN is `execution:<state machine name>/<map run label>:<id>`. Without a known name, `*` stands in.
 */
export function childExecutionStatements(scope: IConstruct, stateMachineName: string | undefined, label?: string): PolicyStatement[] {
  const name = stateMachineName ?? '*';
  const arn = (resource: string, resourceName: string) => formatArn(scope, { service: 'states', resource, resourceName, separator: ':' });
  return [
    new PolicyStatement({ actions: ['states:StartExecution'], resources: [arn('stateMachine', name)] }),
    new PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [arn('execution', `${name}/*`)] }),
    new PolicyStatement({ actions: ['states:RedriveExecution'], resources: [arn('execution', `${name}/${label ?? '*'}:*`)] }),
  ];
}
