import type { Construct } from 'constructs';
import { formatArn, partitionOf } from '../../core/arn';
import { Token, resolveValue } from '../../core/cdktf';
import { ValidationError } from '../../core/errors';
import { PolicyStatement } from '../../iam/policy-statement';
import { isJsonataExpression } from '../../render/jsonata';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import { JsonPath } from '../../sfn/fields';
import type { TaskInput } from '../../sfn/input';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { validateUserFields } from '../private/task-utils';
import type { S3ObjectLocation } from '../s3/object-location';
import type { Guardrail } from './guardrail';
import type { BedrockModelRef } from './model';

/** Where the model's input is read from instead of `body` (`Input`). */
export interface BedrockInvokeModelInputProps {
  /**
   * The S3 object holding the input.
   * @default - the input is `body`, or `s3InputUri`
   */
  readonly s3Location?: S3ObjectLocation;
  /**
   * The `s3://` URI of the object holding the input, e.g. a JsonPath reference or a JSONata expression.
   * @default - the input is `body`, or `s3Location`
   */
  readonly s3InputUri?: string;
}

/** Where the model's response is written instead of the task result (`Output`). */
export interface BedrockInvokeModelOutputProps {
  /**
   * The S3 object the response is written to; the task result then refers to it.
   * @default - the response is the task result, unless `s3OutputUri` is given
   */
  readonly s3Location?: S3ObjectLocation;
  /**
   * The `s3://` URI of the object the response is written to, e.g. a JsonPath reference.
   * @default - the response is the task result, unless `s3Location` is given
   */
  readonly s3OutputUri?: string;
}

/** What a BedrockInvokeModel task does, in either query language. */
export interface BedrockInvokeModelOptions {
  /** The model invoked (`ModelId`, its ARN). */
  readonly model: BedrockModelRef;
  /**
   * The request body, in the model's own format, up to 256 KB; exactly one of `body` and `input` is given.
   * @default - the input is read from `input`
   */
  readonly body?: TaskInput;
  /**
   * MIME type of the response body (`Accept`).
   * @default 'application/json'
   */
  readonly accept?: string;
  /**
   * MIME type of the request body (`ContentType`).
   * @default 'application/json'
   * @deprecated the only value Step Functions accepts is 'application/json', its default
   */
  readonly contentType?: string;
  /**
   * The S3 object the input is read from; exactly one of `body` and `input` is given.
   * @default - the input is `body`
   */
  readonly input?: BedrockInvokeModelInputProps;
  /**
   * The S3 object the response is written to.
   * @default - the response is the task result
   */
  readonly output?: BedrockInvokeModelOutputProps;
  /**
   * The guardrail applied to the invocation (`GuardrailIdentifier`, `GuardrailVersion`).
   * @default - no guardrail
   */
  readonly guardrail?: Guardrail;
  /**
   * Whether Bedrock traces the guardrail (`Trace`: `ENABLED` or `DISABLED`).
   * @default - not set: Bedrock's default, disabled
   */
  readonly traceEnabled?: boolean;
}

/** Props of a BedrockInvokeModel task written in JSONPath. */
export interface BedrockInvokeModelJsonPathProps extends TaskStateJsonPathBaseProps, BedrockInvokeModelOptions {}

/** Props of a BedrockInvokeModel task written in JSONata. */
export interface BedrockInvokeModelJsonataProps extends TaskStateJsonataBaseProps, BedrockInvokeModelOptions {}

/** Props of a BedrockInvokeModel task. */
export interface BedrockInvokeModelProps extends TaskStateBaseProps, BedrockInvokeModelOptions {}

/**
 * Invokes a Bedrock model (`bedrock:invokeModel`, request and response only) with `body`, or with the
 * input in an S3 object, optionally writing the response to S3 and applying a guardrail.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 * @example
 * import type { DataAwsBedrockFoundationModel } from '@cdktf/provider-aws/lib/data-aws-bedrock-foundation-model';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const model: DataAwsBedrockFoundationModel;
 *
 * // asks the model for a summary of the text in the execution input
 * new tasks.BedrockInvokeModel(stack, 'Summarize', {
 *   model,
 *   body: sfn.TaskInput.fromObject({
 *     inputText: sfn.JsonPath.format('Summarize: {}', sfn.JsonPath.stringAt('$.text')),
 *     textGenerationConfig: { maxTokenCount: 512, temperature: 0.2 },
 *   }),
 *   guardrail: tasks.Guardrail.enable('abc123def456', 1),
 *   resultSelector: { summary: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
 * });
 */
export class BedrockInvokeModel extends TaskStateBase {
  /** A BedrockInvokeModel task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: BedrockInvokeModelJsonPathProps): BedrockInvokeModel {
    return new BedrockInvokeModel(scope, id, props);
  }

  /** A BedrockInvokeModel task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: BedrockInvokeModelJsonataProps): BedrockInvokeModel {
    return new BedrockInvokeModel(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: BedrockInvokeModelProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: BedrockInvokeModelProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, BedrockInvokeModel.SUPPORTED_INTEGRATION_PATTERNS);
    const input = props.input;
    const hasInput = input?.s3Location !== undefined || input?.s3InputUri !== undefined;
    if (props.body !== undefined && hasInput) {
      throw new ValidationError("give either 'body' or 'input' (the model's input in S3), not both", this);
    }
    if (props.body === undefined && !hasInput) {
      throw new ValidationError("the model needs an input: give 'body', or 'input' with 's3Location' or 's3InputUri'", this);
    }
    this.validatePlace('input', input?.s3Location, input?.s3InputUri, 's3InputUri');
    this.validatePlace('output', props.output?.s3Location, props.output?.s3OutputUri, 's3OutputUri');
    validateUserFields(this, { body: props.body?.value });
    this.resourceArn = integrationResourceArn(this, 'bedrock', 'invokeModel');
    this.taskPolicies = this.createPolicies();
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    const p = this.props;
    const inputUri = s3Uri(p.input?.s3Location) ?? p.input?.s3InputUri;
    const outputUri = s3Uri(p.output?.s3Location) ?? p.output?.s3OutputUri;
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({
        ModelId: p.model.modelArn,
        Accept: p.accept,
        ContentType: p.contentType,
        Body: p.body?.value,
        Input: inputUri !== undefined ? { S3Uri: inputUri } : undefined,
        Output: outputUri !== undefined ? { S3Uri: outputUri } : undefined,
        GuardrailIdentifier: p.guardrail?.guardrailIdentifier,
        GuardrailVersion: p.guardrail?.guardrailVersion,
        Trace: p.traceEnabled === undefined ? undefined : (p.traceEnabled ? 'ENABLED' : 'DISABLED'),
      }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }

  private validatePlace(prop: string, location: S3ObjectLocation | undefined, uri: string | undefined, uriProp: string): void {
    if (location && uri !== undefined) {
      throw new ValidationError(`'${prop}' takes either 's3Location' or '${uriProp}', not both`, this);
    }
    if (location?.objectVersion !== undefined) {
      throw new ValidationError(`'${prop}.s3Location.objectVersion' is not supported: Bedrock reads and writes the object's latest version; got ${JSON.stringify(location.objectVersion)}`, this);
    }
    if (uri === '') {
      throw new ValidationError(`'${prop}.${uriProp}' must be an s3:// URI, got an empty string`, this);
    }
  }

  private createPolicies(): PolicyStatement[] {
    const p = this.props;
    const modelArn = p.model.modelArn;
    const policies = [new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [isDynamic(modelArn) ? '*' : modelArn] })];
    const anyObject = `arn:${partitionOf(this)}:s3:::*`;
    const objectArn = (l: S3ObjectLocation) => `arn:${partitionOf(this)}:s3:::${l.bucketName}/${l.objectKey}`;
    if (p.input?.s3InputUri !== undefined) policies.push(new PolicyStatement({ actions: ['s3:GetObject'], resources: [anyObject] }));
    else if (p.input?.s3Location) policies.push(new PolicyStatement({ actions: ['s3:GetObject'], resources: [objectArn(p.input.s3Location)] }));
    if (p.output?.s3OutputUri !== undefined) policies.push(new PolicyStatement({ actions: ['s3:PutObject'], resources: [anyObject] }));
    else if (p.output?.s3Location) policies.push(new PolicyStatement({ actions: ['s3:PutObject'], resources: [objectArn(p.output.s3Location)] }));
    if (p.guardrail) policies.push(new PolicyStatement({ actions: ['bedrock:ApplyGuardrail'], resources: [this.guardrailArn(p.guardrail.guardrailIdentifier)] }));
    return policies;
  }

  // An ARN as given; an ID as the guardrail's ARN in the stack's region and account. A provider attribute
  // tells which by its name (`guardrail_arn` or `guardrail_id`).
  private guardrailArn(identifier: string): string {
    const isArn = Token.isUnresolved(identifier) ? /arn\}?$/i.test(String(resolveValue(this, identifier))) : identifier.startsWith('arn:');
    return isArn ? identifier : formatArn(this, { service: 'bedrock', resource: 'guardrail', resourceName: identifier });
  }
}

function s3Uri(location: S3ObjectLocation | undefined): string | undefined {
  return location ? `s3://${location.bucketName}/${location.objectKey}` : undefined;
}

function isDynamic(value: string): boolean {
  return JsonPath.isEncodedJsonPath(value) || isJsonataExpression(value);
}
