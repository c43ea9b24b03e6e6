// What the REST and HTTP API tasks share: the checks of their common props, the `execute-api:Invoke`
// statement, the endpoint's host name and the parameters they render. Pure functions, called by each
// task's constructor and `_renderTask`.
import type { IConstruct } from 'constructs';
import { dnsSuffixOf } from '../../../core/arn';
import { Fn, Token, isTokenString } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import { PolicyStatement } from '../../../iam/policy-statement';
import { isJsonataExpression } from '../../../render/jsonata';
import { classifyPathValue } from '../../../render/tokens';
import { isPlainObject } from '../../../render/plain';
import { InputType, type TaskInput } from '../../../sfn/input';
import { IntegrationPattern } from '../../../sfn/types';
import { validatePatternSupported } from '../../../render/integration';
import { requireTaskToken, validateUserFields } from '../../private/task-utils';
import { AuthType, type CallApiGatewayEndpointBaseOptions } from '../base-types';

const SUPPORTED_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN];

// API Gateway stage names: letters, digits, hyphens and underscores, at most 128 characters.
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
// arn:<partition>:execute-api:<region>:<account>:<api id>
const EXECUTION_ARN = /^arn:[a-z0-9-]+:execute-api:([a-z0-9-]+):(\d{12}):([A-Za-z0-9]+)$/;

/** The HTTP API's default stage, which needs no `Stage` field. */
export const DEFAULT_STAGE = '$default';

/** Whether a value is decided when the state runs: a JsonPath reference or a JSONata expression. */
export function isRuntimeValue(value: unknown): boolean {
  return isJsonataExpression(value) || classifyPathValue(value).kind !== 'other';
}

/** Checks the props both tasks share; returns the integration pattern in effect. */
export function validateEndpointOptions(scope: IConstruct, props: CallApiGatewayEndpointBaseOptions & { readonly integrationPattern?: IntegrationPattern }): IntegrationPattern {
  const pattern = props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE;
  validatePatternSupported(scope, pattern, SUPPORTED_PATTERNS);
  validateUserFields(scope, {
    headers: props.headers?.value,
    queryParameters: props.queryParameters?.value,
    requestBody: props.requestBody?.value,
    apiPath: props.apiPath,
  });
  requireTaskToken(scope, pattern, props.headers?.value, 'headers');
  validateListMap(scope, props.headers, 'headers');
  validateListMap(scope, props.queryParameters, 'queryParameters');
  const path = props.apiPath;
  if (path !== undefined && !path.startsWith('/') && !isTokenString(path) && !isJsonataExpression(path)) {
    throw new ValidationError(`'apiPath' must start with '/' (it follows the stage in the URL), got ${describeValue(path)}`, scope);
  }
  return pattern;
}

/**
 * API Gateway takes headers and query parameters as a map of lists of strings. A literal map whose
 * value is a single string would be refused when the state runs; a reference or an expression is
 * known then only.
 */
function validateListMap(scope: IConstruct, input: TaskInput | undefined, prop: string): void {
  if (input === undefined || isRuntimeValue(input.value)) return;
  const value = input.value;
  if (input.type === InputType.TEXT) {
    if (typeof value === 'string' && isTokenString(value)) return;
    throw new ValidationError(`'${prop}' must be an object of lists of strings (TaskInput.fromObject), a JsonPath reference or a JSONata expression, got the text ${describeValue(value)}`, scope);
  }
  if (!isPlainObject(value)) return;
  for (const [name, v] of Object.entries(value)) {
    if (v === undefined || Array.isArray(v) || isRuntimeValue(v) || Token.isUnresolved(v)) continue;
    throw new ValidationError(`'${prop}'.${name} must be a list of strings (API Gateway takes every value as a list), got ${describeValue(v)}: write [${describeValue(v)}] or JsonPath.array(...)`, scope);
  }
}

/** Checks a stage name known at synthesis time. */
export function validateStageName(scope: IConstruct, stageName: string | undefined, allowDefault: boolean): void {
  if (stageName === undefined || isTokenString(stageName) || isRuntimeValue(stageName)) return;
  if (STAGE_NAME.test(stageName) || (allowDefault && stageName === DEFAULT_STAGE)) return;
  const allowed = allowDefault ? `'${DEFAULT_STAGE}' or ` : '';
  throw new ValidationError(`'stageName' must be ${allowed}1 to 128 letters, digits, hyphens and underscores, got ${describeValue(stageName)}`, scope);
}

/** Checks a literal execution ARN; a reference is the provider's and right by construction. */
export function validateExecutionArn(scope: IConstruct, executionArn: string, prop: string): void {
  if (isTokenString(executionArn) || EXECUTION_ARN.test(executionArn)) return;
  throw new ValidationError(`'${prop}' must be an execute-api ARN, arn:<partition>:execute-api:<region>:<account>:<api id>, got ${describeValue(executionArn)}`, scope);
}

/** The region in an execution ARN: read from a literal, or by Terraform from a reference. */
export function regionOfExecutionArn(executionArn: string): string {
  const literal = EXECUTION_ARN.exec(executionArn);
  return literal ? literal[1] : Fn.element(Fn.split(':', executionArn), 3);
}

/** `<api id>.execute-api.<region>.<DNS suffix of the partition>`, the host Step Functions calls. */
export function endpointHost(scope: IConstruct, apiId: string, region: string): string {
  return `${apiId}.execute-api.${region}.${dnsSuffixOf(scope)}`;
}

/**
 * `execute-api:Invoke` on the method and path called, when the call is signed with the state machine's
 * role (AuthType.IAM_ROLE); no statement otherwise: without IAM auth, API Gateway does not ask IAM.
 * A stage or path decided at run time becomes `*`.
 */
export function executeApiStatements(props: CallApiGatewayEndpointBaseOptions, executionArn: string, stage: string): PolicyStatement[] {
  if (props.authType !== AuthType.IAM_ROLE) return [];
  const arnStage = isRuntimeValue(stage) ? '*' : stage;
  const path = props.apiPath === undefined || isRuntimeValue(props.apiPath) ? '/*' : props.apiPath;
  return [new PolicyStatement({ actions: ['execute-api:Invoke'], resources: [`${executionArn}/${arnStage}/${props.method}${path}`] })];
}

/** The task's parameters, in the order of the Step Functions documentation. */
export function endpointParameters(props: CallApiGatewayEndpointBaseOptions, host: string, stage: string | undefined): Record<string, unknown> {
  return {
    ApiEndpoint: host,
    Method: props.method,
    Headers: props.headers?.value,
    Stage: stage,
    Path: props.apiPath,
    QueryParameters: props.queryParameters?.value,
    RequestBody: props.requestBody?.value,
    AuthType: props.authType ?? AuthType.NO_AUTH,
  };
}
