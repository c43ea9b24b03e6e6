import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';

/** The HTTP methods the API Gateway integration can call. */
export enum HttpMethod {
  /** Read a resource. */
  GET = 'GET',
  /** Create a resource or submit data. */
  POST = 'POST',
  /** Replace or create a resource. */
  PUT = 'PUT',
  /** Remove a resource. */
  DELETE = 'DELETE',
  /** Change part of a resource. */
  PATCH = 'PATCH',
  /** Like GET, without the response body. */
  HEAD = 'HEAD',
  /** Ask which methods the resource supports. */
  OPTIONS = 'OPTIONS',
}

/** How Step Functions authorizes its call to the API (`AuthType`). */
export enum AuthType {
  /** Call the API without authorization. */
  NO_AUTH = 'NO_AUTH',
  /**
   * Sign the call (SigV4) with the state machine's role; the role gets `execute-api:Invoke` on the
   * method and path called.
   */
  IAM_ROLE = 'IAM_ROLE',
  /** Let the API's resource policy authorize the call (the policy must allow the state machine). */
  RESOURCE_POLICY = 'RESOURCE_POLICY',
}

/** What a call to an API Gateway endpoint does, for REST and HTTP APIs alike. */
export interface CallApiGatewayEndpointBaseOptions {
  /** The HTTP method (`Method`). */
  readonly method: HttpMethod;
  /**
   * Request headers (`Headers`): an object whose values are lists of strings, as API Gateway takes them
   * (`{ 'Content-Type': ['application/json'] }`). For WAIT_FOR_TASK_TOKEN it must hand the task token on,
   * e.g. `{ TaskToken: JsonPath.array(JsonPath.taskToken) }`.
   * @default - no headers
   */
  readonly headers?: TaskInput;
  /**
   * Path after the stage (`Path`), starting with `/` when written literally.
   * @default - no path
   */
  readonly apiPath?: string;
  /**
   * Query string parameters (`QueryParameters`): an object whose values are lists of strings.
   * @default - no query parameters
   */
  readonly queryParameters?: TaskInput;
  /**
   * Request body (`RequestBody`).
   * @default - no body
   */
  readonly requestBody?: TaskInput;
  /**
   * How the call is authorized (`AuthType`).
   * @default AuthType.NO_AUTH
   */
  readonly authType?: AuthType;
}

/** Props of an API Gateway call written in JSONPath. */
export interface CallApiGatewayEndpointJsonPathBaseProps extends TaskStateJsonPathBaseProps, CallApiGatewayEndpointBaseOptions {}

/** Props of an API Gateway call written in JSONata. */
export interface CallApiGatewayEndpointJsonataBaseProps extends TaskStateJsonataBaseProps, CallApiGatewayEndpointBaseOptions {}

/** Props of an API Gateway call, in either language. */
export interface CallApiGatewayEndpointBaseProps extends TaskStateBaseProps, CallApiGatewayEndpointBaseOptions {}
