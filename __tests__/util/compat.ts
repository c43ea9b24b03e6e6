// Builds the same workflow with aws-cdk-lib 2.276 and with this library and returns what each hands
// Step Functions, evaluated with partition "aws", region "us-east-1" and account "123456789012"
// (CloudFormation intrinsics on one side, Terraform references on the other).
import * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { sfn } from '../../src';
import { newStack, synthMachine } from './synth';

export const ACCOUNT = '123456789012';

// Evaluates the CloudFormation intrinsics aws-cdk-lib leaves in a definition string.
export function evaluateCfn(value: any): any {
  if (typeof value === 'string' || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(evaluateCfn);
  if ('Fn::Join' in value) return value['Fn::Join'][1].map(evaluateCfn).join(value['Fn::Join'][0]);
  if ('Ref' in value) return ({ 'AWS::Partition': 'aws', 'AWS::Region': 'us-east-1', 'AWS::AccountId': ACCOUNT } as any)[value.Ref];
  const keys = Object.keys(value);
  if (keys.some((k) => k.startsWith('Fn::'))) throw new Error(`unexpected intrinsic ${JSON.stringify(value)}`);
  return Object.fromEntries(keys.map((k) => [k, evaluateCfn(value[k])]));
}

/** A definition and the warnings synthesis attached to the app's constructs. */
export interface Synthesized {
  readonly definition: any;
  readonly warnings: string[];
}

export function cdkSynth(build: (stack: cdk.Stack) => cdkSfn.IChainable, props: Partial<cdkSfn.StateMachineProps> = {}): Synthesized {
  // the feature flag a new aws-cdk-lib project sets: without it, aws-cdk-lib ignores `resultWriterV2`
  const app = new cdk.App({ context: { '@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2': true } });
  const stack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
  const sm = new cdkSfn.StateMachine(stack, 'SM', { definitionBody: cdkSfn.DefinitionBody.fromChainable(build(stack)), ...props });
  const text = evaluateCfn(stack.resolve((sm.node.defaultChild as cdkSfn.CfnStateMachine).definitionString));
  const warnings = app.synth().getStackByName('Cdk').messages.filter((m) => m.level === 'warning').map((m) => String(m.entry.data));
  return { definition: JSON.parse(text), warnings };
}

export function cdkDefinition(build: (stack: cdk.Stack) => cdkSfn.IChainable, props: Partial<cdkSfn.StateMachineProps> = {}): any {
  return cdkSynth(build, props).definition;
}

export function ourSynth(build: (stack: Construct) => sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): Synthesized {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)), ...props });
  const text = withSampleEnvironment(JSON.stringify(synthMachine(stack).definition));
  const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
  return { definition: JSON.parse(text), warnings };
}

export function ourDefinition(build: (stack: Construct) => sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): any {
  return ourSynth(build, props).definition;
}

// The stack's partition, region and account data sources as the sample environment's values.
function withSampleEnvironment(text: string): string {
  return text
    .replace(/\$\{data\.aws_partition\.[^}]+\}/g, 'aws')
    .replace(/\$\{data\.aws_region\.[^}]+\}/g, 'us-east-1')
    .replace(/\$\{data\.aws_caller_identity\.[^}]+\}/g, ACCOUNT);
}

/** The (action, resource) pairs of policy statements, sorted; with `conditions`, each pair's condition too. */
export function grantPairs(statements: any[], conditions = false): string[] {
  const pairs = new Set<string>();
  for (const st of statements) {
    const condition = conditions && st.Condition ? ` ${JSON.stringify(st.Condition)}` : '';
    for (const a of [st.Action].flat()) for (const r of [st.Resource].flat()) pairs.add(`${a} ${typeof r === 'string' ? r : JSON.stringify(r)}${condition}`);
  }
  return [...pairs].sort();
}

/** The (action, resource) pairs aws-cdk-lib grants a state machine's role. */
export function cdkGrants(build: (stack: cdk.Stack) => cdkSfn.IChainable): string[] {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
  new cdkSfn.StateMachine(stack, 'SM', { definitionBody: cdkSfn.DefinitionBody.fromChainable(build(stack)) });
  const template = app.synth().getStackByName('Cdk').template;
  const policies = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy');
  return grantPairs(policies.flatMap((p) => evaluateCfn(p.Properties.PolicyDocument.Statement)));
}

/** The (action, resource) pairs this library grants a state machine's role. */
export function ourGrants(build: (stack: Construct) => sfn.IChainable): string[] {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)) });
  return grantPairs(JSON.parse(withSampleEnvironment(JSON.stringify(synthMachine(stack).statements))));
}
