import { Construct } from 'constructs';
import { formatArn } from '../core/arn';
import type { IResolvable, IResolveContext } from '../core/cdktf';
import { Aspects, Lazy, SfnStateMachine, Token, standaloneContext } from '../core/cdktf';
import type { IamPolicy } from '../core/cdktf';
import { secondsFor, type Duration } from '../core/duration';
import { ValidationError } from '../core/errors';
import { checkProps } from '../core/private/prop-check';
import { generatedName } from '../core/names';
import { grantsTo } from '../iam/grants';
import { registerRoleReference, writeManagedPolicies } from '../iam/managed-policies';
import { mergeStatements } from '../iam/policy-document';
import { PolicyStatement } from '../iam/policy-statement';
import { referenceLengthEstimator, templateLengthEstimator } from '../iam/reference-length';
import type { IamRoleRef, ManagedPolicyRef } from '../iam/refs';
import { validateRoleSettings } from '../iam/private/role-settings';
import { createServiceRole } from '../iam/service-role';
import { serializeDocument, templateResolver, terraformAttribute, type SerializedDocument } from '../render/serializer';
import { StateMachineDiagram } from '../diagram/diagram';
import type { DefinitionBody } from './definition-body';
import { definitionBodyOf } from './private/definition-source';
import { checkExpressStates } from './private/express-check';
import { checkQueryLanguages } from './private/language-check';
import { substituteDefinition } from './private/substitute';
import type { EncryptionConfiguration } from './encryption';
import type { LogOptions } from './log-options';
import { loggingConfiguration, readStatements, serviceStatements, validateLogOptions } from './private/machine-permissions';
import { StateGraph } from './state-graph';
import { validatePositiveDuration } from './private/validate';
import { type QueryLanguage, StateMachineType, type IChainable } from './types';

// The logging types live in their own file; they stay exported from here as before.
export * from './log-options';

/** Step Functions' limit on a definition, in bytes. */
const MAX_DEFINITION_BYTES = 1_048_576;
const MAX_NAME_LENGTH = 80;

/** Props of a StateMachine. */
export interface StateMachineProps {
  /**
   * The definition as a chain of states.
   * @deprecated use `definitionBody: DefinitionBody.fromChainable(chain)`
   * @default - `definitionBody` (one of the two is required)
   */
  readonly definition?: IChainable;
  /**
   * The definition: `DefinitionBody.fromChainable(chain)`, `fromString` or `fromFile`.
   * @default - `definition` (one of the two is required)
   */
  readonly definitionBody?: DefinitionBody;
  /**
   * Values for the `${key}` placeholders of a `fromString`/`fromFile` definition; a placeholder left
   * unfilled is an error.
   * @default - none
   */
  readonly definitionSubstitutions?: { [key: string]: string };
  /**
   * Name of the state machine.
   * @default - a unique name derived from the construct path
   */
  readonly stateMachineName?: string;
  /**
   * STANDARD or EXPRESS.
   * @default StateMachineType.STANDARD
   */
  readonly stateMachineType?: StateMachineType;
  /**
   * Execution role. The permissions the definition needs are attached to it.
   * @default - a role trusted by states.amazonaws.com is created
   */
  readonly role?: IamRoleRef;
  /**
   * Permissions boundary of the created role, over one set with `iam.PermissionsBoundary.of(scope)` or
   * `iam.RoleDefaults.of(scope)`; not with `role`.
   * @default - the one applied on the closest scope, else none
   */
  readonly rolePermissionsBoundary?: ManagedPolicyRef;
  /**
   * Path of the created role (`/workflows/`), over one set with `iam.RoleDefaults.of(scope)`; not with `role`.
   * @default - the one applied on the closest scope, else "/"
   */
  readonly rolePath?: string;
  /**
   * Tags of the created role, added to those set with `iam.RoleDefaults.of(scope)`; not with `role`.
   * @default - those applied on the scopes, else none
   */
  readonly roleTags?: { [key: string]: string };
  /**
   * Maximum duration of an execution (`TimeoutSeconds`).
   * @default - none
   */
  readonly timeout?: Duration;
  /**
   * Comment of the definition.
   * @default - none
   */
  readonly comment?: string;
  /**
   * Logging to CloudWatch Logs.
   * @default - no logging
   */
  readonly logs?: LogOptions;
  /**
   * Whether to trace executions with AWS X-Ray.
   * @default false
   */
  readonly tracingEnabled?: boolean;
  /**
   * Encryption of the state machine's data.
   * @default - a key owned by AWS
   */
  readonly encryptionConfiguration?: EncryptionConfiguration;
  /**
   * Query language of the whole definition; states may override it.
   * @default - JSONPath (not rendered)
   */
  readonly queryLanguage?: QueryLanguage;
}

/**
 * A Step Functions state machine: an `aws_sfn_state_machine`, its role (unless given), and managed
 * policies holding exactly the permissions its states need, merged and split under IAM's size limit.
 * @example
 * import type { IamRole } from '@cdktf/provider-aws/lib/iam-role';
 * import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
 * import type { Construct } from 'constructs';
 * import { sfn, tasks, Duration } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const chargeFn: LambdaFunction;
 * declare const apiRole: IamRole;
 *
 * const charge = new tasks.LambdaInvoke(stack, 'Charge card', { lambdaFunction: chargeFn, outputPath: '$.Payload' });
 * const checkout = new sfn.StateMachine(stack, 'Checkout', {
 *   definitionBody: sfn.DefinitionBody.fromChainable(charge.next(new sfn.Succeed(stack, 'Paid'))),
 *   timeout: Duration.minutes(5),
 * });
 * // the role of the API that starts orders may start executions
 * checkout.grantStartExecution(apiRole);
 */
export class StateMachine extends Construct {
  /** The `aws_sfn_state_machine` resource. */
  public readonly resource: SfnStateMachine;
  /** The execution role: the created `IamRole`, or the role passed in. */
  public readonly role: IamRoleRef;
  /** ARN of the state machine. */
  public readonly arn: string;
  /** Name of the state machine. */
  public readonly name: string;
  /** Type of the state machine. */
  public readonly stateMachineType: StateMachineType;
  /** The managed policies attached to the role (filled at synth time). */
  public readonly policies: IamPolicy[] = [];

  private readonly props: StateMachineProps;
  private readonly graph?: StateGraph;
  // a fromString/fromFile definition with its placeholders filled
  private readonly document?: Record<string, unknown>;
  private readonly nameForArns: string;
  private readonly extraStatements: PolicyStatement[] = [];
  private definitionDocument?: SerializedDocument;
  private readonly resolvedTokens = new Map<IResolvable, unknown>();
  private finalized = false;

  constructor(scope: Construct, id: string, props: StateMachineProps) {
    super(scope, id);
    checkProps(this, props);
    this.props = props;
    this.stateMachineType = props.stateMachineType ?? StateMachineType.STANDARD;
    validatePositiveDuration(props.timeout && !props.timeout.isUnresolved() ? secondsFor(props.timeout, "'timeout'", this) : undefined, "'timeout'", this);
    if (props.stateMachineName !== undefined && !Token.isUnresolved(props.stateMachineName) && !/^[A-Za-z0-9_-]{1,80}$/.test(props.stateMachineName)) {
      throw new ValidationError(`'stateMachineName' must be 1 to 80 characters of letters, digits, '-' and '_', got ${JSON.stringify(props.stateMachineName)}`, this);
    }
    validateLogOptions(props.logs, this);
    const roleSettings = { permissionsBoundary: props.rolePermissionsBoundary, path: props.rolePath, tags: props.roleTags };
    validateRoleSettings(roleSettings, this, 'role');
    if (props.role) {
      const given = Object.entries({ rolePermissionsBoundary: props.rolePermissionsBoundary, rolePath: props.rolePath, roleTags: props.roleTags }).filter(([, v]) => v !== undefined).map(([k]) => `'${k}'`);
      if (given.length > 0) {
        throw new ValidationError(`${given.join(', ')} apply to the role the state machine creates, but 'role' was given; set them on that role, or leave out 'role'`, this);
      }
    }
    this.nameForArns = props.stateMachineName ?? generatedName(this, MAX_NAME_LENGTH);

    const body = definitionBodyOf(props, this);
    const chainable = body._chainable;
    if (body._document) {
      this.document = substituteDefinition(body._document, props.definitionSubstitutions ?? {}, body._origin ?? 'the definition', this);
    }
    if (chainable) {
      this.graph = new StateGraph(chainable.startState, `state machine ${this.node.path}`);
      this.graph.timeout = props.timeout;
      this.graph.stateMachineName = this.nameForArns;
      this.checkQueryLanguages();
      if (this.stateMachineType === StateMachineType.EXPRESS) checkExpressStates(this.graph, this);
    }

    this.role = props.role ?? createServiceRole(this, 'Role', {
      service: 'states.amazonaws.com',
      description: `Execution role of the Step Functions state machine ${this.node.path}`,
      name: this.nameForArns,
      settings: roleSettings,
    });
    if (props.role) registerRoleReference(this, props.role.name);

    this.resource = new SfnStateMachine(this, 'Resource', {
      name: this.nameForArns,
      roleArn: this.role.arn,
      type: this.stateMachineType,
      definition: Lazy.stringValue({ produce: (ctx: IResolveContext) => this.definitionAttribute(ctx) }),
      loggingConfiguration: loggingConfiguration(props.logs),
      tracingConfiguration: props.tracingEnabled ? { enabled: true } : undefined,
      encryptionConfiguration: props.encryptionConfiguration ? {
        type: props.encryptionConfiguration.type,
        kmsKeyId: props.encryptionConfiguration.kmsKey?.arn,
        kmsDataKeyReusePeriodSeconds: props.encryptionConfiguration.kmsDataKeyReusePeriodSeconds?.toSeconds(),
      } : undefined,
    });
    this.arn = this.resource.arn;
    this.name = this.resource.name;

    Aspects.of(this).add({ visit: (node) => node === this && this.finalize() });
  }

  /** ARN of the state machine (aws-cdk-lib's name for `arn`). */
  public get stateMachineArn(): string {
    return this.arn;
  }

  /** Name of the state machine (aws-cdk-lib's name for `name`). */
  public get stateMachineName(): string {
    return this.name;
  }

  /** Adds a statement to the execution role's policies. */
  public addToRolePolicy(statement: PolicyStatement): void {
    if (this.finalized) {
      throw new ValidationError('addToRolePolicy() was called after synthesis started; add statements while building the stack', this);
    }
    this.extraStatements.push(statement);
  }

  /**
   * Lets `role` run `actions` on this state machine. The grants to one role in one stack are merged and
   * written as managed policies at synthesis; returns the construct that collects them.
   */
  public grant(role: IamRoleRef, ...actions: string[]): Construct {
    return this.grantOn(role, actions, [this.ownArn()]);
  }

  /** Lets `role` start executions. */
  public grantStartExecution(role: IamRoleRef): Construct {
    return this.grant(role, 'states:StartExecution');
  }

  /** Lets `role` start synchronous executions (EXPRESS state machines). */
  public grantStartSyncExecution(role: IamRoleRef): Construct {
    return this.grant(role, 'states:StartSyncExecution');
  }

  /** Lets `role` answer task tokens of this state machine. */
  public grantTaskResponse(role: IamRoleRef): Construct {
    return this.grant(role, 'states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat');
  }

  /** Lets `role` run `actions` on the executions of this state machine. */
  public grantExecution(role: IamRoleRef, ...actions: string[]): Construct {
    return this.grantOn(role, actions, [this.executionArn()]);
  }

  /** Lets `role` redrive executions of this state machine. */
  public grantRedriveExecution(role: IamRoleRef): Construct {
    return this.grantExecution(role, 'states:RedriveExecution');
  }

  /** Lets `role` read this state machine and its executions. */
  public grantRead(role: IamRoleRef): Construct {
    return this.grantStatements(role, readStatements(this.ownArn(), this.executionArn()));
  }

  /** The definition as an object (tokens unresolved). */
  public definition(): Record<string, unknown> {
    return this.renderDefinition();
  }

  /**
   * The Mermaid flowchart of this state machine, as synthesized (see `StateMachineDiagram`).
   *
   * @example
   * import type { Construct } from 'constructs';
   * import { sfn } from 'cdktf-stepfunctions';
   *
   * declare const stack: Construct;
   *
   * const machine = new sfn.StateMachine(stack, 'Orders', {
   *   definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Start')),
   * });
   * const chart = machine.toMermaid(); // flowchart TD ...
   */
  public toMermaid(): string {
    return StateMachineDiagram.fromStateMachine(this).toMermaid();
  }

  /** A standalone SVG picture of this state machine, laid out by Graphviz (see `StateMachineDiagram`). */
  public async toSvg(): Promise<string> {
    return StateMachineDiagram.fromStateMachine(this).toSvg();
  }

  /** Every IAM statement the role gets, merged, in policy order. */
  public policyStatements(): PolicyStatement[] {
    return mergeStatements([...(this.graph?.policyStatements ?? []), ...serviceStatements(this, this.props, () => this.ownArn()), ...this.extraStatements], (v) => this.resolveString(v));
  }

  // A string with tokens as Terraform will read it (`arn:${aws_x.y.arn}:*`), remembered.
  private readonly resolveString = templateResolver(this, this.resolvedTokens);

  // The definition is serialized once, by the first pass that asks (cdktf's preparing pass, which also
  // registers cross-stack references, or the aspect that checks its size), and reused by both outputs.
  private definitionAttribute(ctx: IResolveContext): string {
    return terraformAttribute(this.serializedDefinition(ctx));
  }

  private serializedDefinition(ctx: IResolveContext): SerializedDocument {
    this.definitionDocument ??= serializeDocument(this.definition(), ctx, { estimate: templateLengthEstimator(this), resolved: this.resolvedTokens });
    return this.definitionDocument;
  }

  private renderDefinition(): Record<string, unknown> {
    const top = this.props.queryLanguage;
    if (this.graph) {
      return {
        QueryLanguage: top,
        Comment: this.props.comment,
        ...this.graph.toGraphJson(top),
      };
    }
    const document = this.document ?? {};
    return {
      ...document,
      Comment: this.props.comment ?? document.Comment,
      QueryLanguage: top ?? document.QueryLanguage,
      TimeoutSeconds: this.props.timeout?.toSeconds() ?? document.TimeoutSeconds,
    };
  }

  // Every state's fields in its effective language, now that the state machine's is known.
  private checkQueryLanguages(): void {
    checkQueryLanguages(this.graph!, this.props.queryLanguage, this);
  }

  // The ARN built from the name, so that policies never reference the state machine resource itself
  // (the state machine depends on its policies being attached; a reference back would be a cycle).
  private ownArn(): string {
    return formatArn(this, { service: 'states', resource: 'stateMachine', resourceName: this.nameForArns, separator: ':' });
  }

  private executionArn(): string {
    return formatArn(this, { service: 'states', resource: 'execution', resourceName: `${this.nameForArns}:*`, separator: ':' });
  }

  private grantOn(role: IamRoleRef, actions: string[], resources: string[]): Construct {
    return this.grantStatements(role, [new PolicyStatement({ actions, resources })]);
  }

  private grantStatements(role: IamRoleRef, statements: PolicyStatement[]): Construct {
    const grants = grantsTo(this, role);
    grants.add(statements, this);
    return grants;
  }

  // Runs once, at synthesis (as an aspect), when no state can be added any more: checks the definition
  // size, then writes the permissions as managed policies attached to the role.
  private finalize(): void {
    if (this.finalized) return;
    this.finalized = true;
    const size = this.serializedDefinition(standaloneContext(this)).jsonLength;
    if (size > MAX_DEFINITION_BYTES) {
      throw new ValidationError(`the definition is about ${size} bytes once Terraform fills in its references, over Step Functions' limit of ${MAX_DEFINITION_BYTES} bytes; split the workflow into several state machines (StepFunctionsStartExecution) or move large literals into the input`, this);
    }
    const resolve = this.resolveString;
    const attached = writeManagedPolicies(this, {
      role: this.role,
      statements: this.policyStatements(),
      estimate: referenceLengthEstimator(this, resolve),
      resolved: this.resolvedTokens,
      subject: 'the permissions of this state machine',
      remedy: "use fewer distinct resources (e.g. one function with aliases), or pass a 'role' whose permissions you manage",
      description: `Permissions of the Step Functions state machine ${this.node.path}`,
      // a state machine's name has at most 80 characters: this fits the 102 of a policy's name prefix
      namePrefix: `${this.nameForArns}-`,
    });
    this.policies.push(...attached.policies);
    if (attached.attachmentAddresses.length > 0) {
      this.resource.dependsOn = [...(this.resource.dependsOn ?? []), ...attached.attachmentAddresses];
    }
  }
}
