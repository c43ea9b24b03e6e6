// The IAM resources the library creates, as an account owner sees them: readable names, the boundary,
// path and tags a team's guard rails ask for, and grants merged per role.
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { iam, sfn } from '../../src';
import { evaluateTemplate } from '../util/hcl-eval';
import { newStack, policiesAttachedTo, synth } from '../util/synth';

const machine = (scope: Construct, id: string, props: Partial<sfn.StateMachineProps> = {}) =>
  new sfn.StateMachine(scope, id, { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, `${id}Pass`)), ...props });

const roles = (json: any) => json.resource.aws_iam_role as Record<string, any>;
const evaluated = (value: string, variables?: Record<string, unknown>) => evaluateTemplate(value, variables);

describe('names of the created role and policies', () => {
  test('derive from the state machine name', () => {
    const stack = newStack();
    machine(stack, 'SM', { stateMachineName: 'order-flow', tracingEnabled: true });
    const { json } = synth(stack);
    expect(Object.values(roles(json)).map((r) => r.name_prefix)).toEqual(['order-flow-']);
    const policies = Object.values<any>(json.resource.aws_iam_policy);
    expect(policies.map((p) => p.name_prefix)).toEqual(['order-flow-']);
  });

  test('a generated name gives the prefix too, and a long one is cut to the 38 characters of a role prefix', () => {
    const stack = newStack();
    machine(stack, 'Generated', { tracingEnabled: true });
    machine(stack, 'Long', { stateMachineName: 'x'.repeat(80), tracingEnabled: true });
    const { json, machines } = synth(stack);
    const byMachine = (m: any) => roles(json)[String(m.resource.role_arn).replace(/^\$\{aws_iam_role\.(.*)\.arn\}$/, '$1')].name_prefix;
    const [generated, long] = machines;
    expect(byMachine(generated)).toBe(`${generated.resource.name}-`);
    expect(byMachine(long)).toBe(`${'x'.repeat(37)}-`);
    expect(byMachine(long)).toHaveLength(38);
    // a state machine name (at most 80) always fits a policy's 102
    expect(Object.values<any>(json.resource.aws_iam_policy).map((p) => p.name_prefix)).toContain(`${'x'.repeat(80)}-`);
  });

  test('a name from a Terraform variable goes through substr, evaluated by Terraform', () => {
    const stack = newStack();
    const env = new TerraformVariable(stack, 'env', { type: 'string' });
    machine(stack, 'SM', { stateMachineName: `${env.stringValue}-flow`, tracingEnabled: true });
    const { json } = synth(stack);
    const [role] = Object.values(roles(json));
    expect(evaluated(role.name_prefix, { env: 'prod' })).toBe('prod-flow-');
    expect(evaluated(role.name_prefix, { env: 'e'.repeat(70) })).toBe(`${'e'.repeat(37)}-`);
    const [policy] = Object.values<any>(json.resource.aws_iam_policy);
    expect(evaluated(policy.name_prefix, { env: 'prod' })).toBe('prod-flow-');
  });
});

describe('permissions boundary, path and tags of created roles', () => {
  const boundaryOf = (json: any) => Object.values(roles(json)).map((r) => r.permissions_boundary);

  test('PermissionsBoundary.of(scope) applies to the roles below it, also when applied after they were created', () => {
    const stack = newStack();
    const boundary = new IamPolicy(stack, 'Boundary', { policy: '{}' });
    const team = new Construct(stack, 'Team');
    const other = new Construct(stack, 'Other');
    machine(team, 'SM');
    machine(other, 'SM');
    iam.PermissionsBoundary.of(team).apply(boundary);
    const { json } = synth(stack);
    expect(boundaryOf(json).sort()).toEqual(['${aws_iam_policy.Boundary.arn}', undefined]);
  });

  test('the closest scope wins, clear() removes an inherited boundary, and the props win over both', () => {
    const stack = newStack();
    iam.PermissionsBoundary.of(stack).apply({ arn: 'arn:aws:iam::123456789012:policy/stack' });
    const inner = new Construct(stack, 'Inner');
    iam.PermissionsBoundary.of(inner).apply({ arn: 'arn:aws:iam::123456789012:policy/inner' });
    const cleared = new Construct(stack, 'Cleared');
    iam.PermissionsBoundary.of(cleared).clear();
    const a = machine(stack, 'A');
    const b = machine(inner, 'B');
    const c = machine(cleared, 'C');
    const d = machine(inner, 'D', { rolePermissionsBoundary: { arn: 'arn:aws:iam::123456789012:policy/own' } });
    const { json } = synth(stack);
    const boundary = (m: sfn.StateMachine) => roles(json)[(m.role as IamRole).friendlyUniqueId].permissions_boundary;
    expect([a, b, c, d].map(boundary)).toEqual([
      'arn:aws:iam::123456789012:policy/stack', 'arn:aws:iam::123456789012:policy/inner', undefined, 'arn:aws:iam::123456789012:policy/own',
    ]);
  });

  test('RoleDefaults sets path and tags; tags merge from the stack down, the props last', () => {
    const stack = newStack();
    iam.RoleDefaults.of(stack).apply({ path: '/workflows/', tags: { team: 'orders', cost: 'a' } });
    const inner = new Construct(stack, 'Inner');
    iam.RoleDefaults.of(inner).apply({ tags: { cost: 'b' }, permissionsBoundary: { arn: 'arn:aws:iam::123456789012:policy/b' } });
    const plain = machine(stack, 'Plain');
    const own = machine(inner, 'Own', { rolePath: '/own/', roleTags: { owner: 'me', team: 'billing' } });
    const { json } = synth(stack);
    const role = (m: sfn.StateMachine) => roles(json)[(m.role as IamRole).friendlyUniqueId];
    expect(role(plain)).toMatchObject({ path: '/workflows/', tags: { team: 'orders', cost: 'a' } });
    expect(role(plain).permissions_boundary).toBeUndefined();
    expect(role(own)).toMatchObject({ path: '/own/', tags: { team: 'billing', cost: 'b', owner: 'me' }, permissions_boundary: 'arn:aws:iam::123456789012:policy/b' });
  });

  test('without settings the role has no boundary, path or tags', () => {
    const stack = newStack();
    machine(stack, 'SM');
    const [role] = Object.values(roles(synth(stack).json));
    expect(role.permissions_boundary).toBeUndefined();
    expect(role.path).toBeUndefined();
    expect(role.tags).toBeUndefined();
  });

  test('accepts IAM paths and tags, refuses others', () => {
    for (const path of ['/', '/a/', '/a/b-c/', `/${'p'.repeat(510)}/`]) expect(() => machine(newStack(), 'SM', { rolePath: path })).not.toThrow();
    for (const path of ['', 'a', '/a', 'a/', '/a b/', `/${'p'.repeat(511)}/`]) {
      expect(() => machine(newStack(), 'SM', { rolePath: path })).toThrow(/^test\/SM: 'rolePath' must be "\/" or start and end with "\/", at most 512 printable ASCII characters, got /);
    }
    expect(() => iam.RoleDefaults.of(newStack()).apply({ path: 'x' })).toThrow(/^test: 'path' must be "\/" or start/);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(() => machine(newStack(), 'SM', { roleTags: Object.fromEntries(Object.entries(many).slice(0, 50)) })).not.toThrow();
    expect(() => machine(newStack(), 'SM', { roleTags: many })).toThrow(/^test\/SM: 'roleTags' may hold at most 50 tags \(IAM's limit per role\), got 51$/);
    expect(() => machine(newStack(), 'SM', { roleTags: { 'aws:x': 'v' } })).toThrow(/'roleTags': a key must have 1 to 128 characters and not start with 'aws:', got "aws:x"/);
    expect(() => machine(newStack(), 'SM', { roleTags: { k: 'v'.repeat(257) } })).toThrow(/'roleTags': the value of "k" must have at most 256 characters, got 257/);
    expect(() => iam.PermissionsBoundary.of(newStack()).apply('arn:aws:iam::1:policy/p' as any)).toThrow(/^test: PermissionsBoundary.apply\(\) takes a managed policy \{ arn \}/);
    expect(() => iam.RoleDefaults.of(newStack()).apply({ tags: 'x' } as any)).toThrow(/RoleDefaults.apply\(\)/);
  });

  test('refuses role settings together with a role it does not create', () => {
    const stack = newStack();
    const role = new IamRole(stack, 'Mine', { assumeRolePolicy: '{}' });
    expect(() => machine(stack, 'SM', { role, rolePath: '/x/', roleTags: { a: 'b' } }))
      .toThrow(/^test\/SM: 'rolePath', 'roleTags' apply to the role the state machine creates, but 'role' was given; set them on that role, or leave out 'role'$/);
    expect(() => machine(stack, 'Ok', { role })).not.toThrow();
  });
});

describe('grants to other roles', () => {
  // The longest values Terraform may fill in: partition, region, account.
  const LONGEST = { partition: 'aws-us-gov', region: 'ap-southeast-4x-y', account: '123456789012' };
  const filled = (doc: unknown) => JSON.stringify(doc)
    .replace(/\$\{data\.aws_partition\.[^}]+\}/g, LONGEST.partition)
    .replace(/\$\{data\.aws_region\.[^}]+\}/g, LONGEST.region)
    .replace(/\$\{data\.aws_caller_identity\.[^}]+\}/g, LONGEST.account);

  test('30 state machines granting 3 things each to one role give few merged managed policies, each under 6,144 characters', () => {
    const stack = newStack();
    const caller = new IamRole(stack, 'Caller', { assumeRolePolicy: '{}' });
    const collectors = new Set<Construct>();
    for (let i = 0; i < 30; i++) {
      const sm = machine(stack, `Machine${i}`, { stateMachineName: `orders-fulfilment-step-${i}` });
      collectors.add(sm.grantStartExecution(caller));
      collectors.add(sm.grantRead(caller));
      collectors.add(sm.grantTaskResponse(caller));
    }
    expect(collectors.size).toBe(1);
    const { json } = synth(stack);
    expect(json.resource.aws_iam_role_policy).toBeUndefined();
    const grants = policiesAttachedTo(json, 'aws_iam_role.Caller');
    expect(grants).toHaveLength(1);
    for (const g of grants) expect(filled(g.document).length).toBeLessThanOrEqual(6144);
    const statements = grants.flatMap((g) => g.document.Statement);
    // every machine and its executions, each once
    const resources = statements.flatMap((s) => [s.Resource].flat());
    expect(resources.filter((r) => r.includes(':stateMachine:'))).toHaveLength(30);
    expect(resources.filter((r) => r.includes(':execution:'))).toHaveLength(30);
    expect(resources.filter((r) => r === '*')).toHaveLength(1);
    expect(new Set(statements.flatMap((s) => [s.Action].flat()))).toEqual(new Set([
      'states:StartExecution', 'states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat', 'states:ListExecutions',
      'states:ListStateMachines', 'states:DescribeExecution', 'states:DescribeStateMachineForExecution', 'states:GetExecutionHistory',
      'states:ListActivities', 'states:DescribeStateMachine', 'states:DescribeActivity',
    ]));
    // readable: a stable construct id naming the role, and a name prefix from the role's name
    expect(grants[0].address).toMatch(/^aws_iam_policy\.GrantsTo-Caller_Policy_[0-9A-F]{8}$/);
    expect(grants[0].resource.name_prefix).toBe('${aws_iam_role.Caller.name}-grants-');
    expect(grants[0].resource.description).toBe('Permissions granted to the role test/Caller by Step Functions state machines and activities of the stack test');
  });

  test('grants from state machines and activities to one role merge; a plain struct is the same role by its name', () => {
    const stack = newStack();
    const a = machine(stack, 'A', { stateMachineName: 'a' });
    const b = machine(stack, 'B', { stateMachineName: 'b' });
    const activity = new sfn.Activity(stack, 'Work', { activityName: 'work' });
    const first = a.grantStartExecution({ arn: 'arn:aws:iam::123456789012:role/worker', name: 'worker' });
    const second = b.grantStartExecution({ arn: 'arn:aws:iam::123456789012:role/worker', name: 'worker' });
    const third = activity.grant({ arn: 'arn:aws:iam::123456789012:role/worker', name: 'worker' }, 'states:GetActivityTask');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(first.node.id).toBe('GrantsTo-worker');
    const { json } = synth(stack);
    const [grant, ...more] = policiesAttachedTo(json, 'worker');
    expect(more).toEqual([]);
    expect(grant.resource.name_prefix).toBe('worker-grants-');
    expect(grant.document.Statement).toEqual([
      { Effect: 'Allow', Action: 'states:StartExecution', Resource: [expect.stringMatching(/:stateMachine:a$/), expect.stringMatching(/:stateMachine:b$/)] },
      { Effect: 'Allow', Action: 'states:GetActivityTask', Resource: expect.stringMatching(/^\$\{aws_sfn_activity\.Work_\w+\.arn\}$/) },
    ]);
  });

  test('a struct whose name is a reference is one role per reference; distinct roles get distinct collectors', () => {
    const stack = newStack();
    const r = new IamRole(stack, 'Worker', { assumeRolePolicy: '{}' });
    const other = new IamRole(stack, 'Other', { assumeRolePolicy: '{}' });
    const sm = machine(stack, 'SM', { stateMachineName: 'm' });
    const viaStruct = sm.grantStartExecution({ arn: r.arn, name: r.name });
    expect(sm.grantRead({ arn: r.arn, name: r.name })).toBe(viaStruct);
    expect(viaStruct.node.id).toBe('GrantsTo-aws_iam_role-Worker-name');
    const direct = sm.grantStartExecution(r);
    expect(direct).not.toBe(viaStruct);
    expect(sm.grantStartExecution(other)).not.toBe(direct);
    const { json } = synth(stack);
    expect(policiesAttachedTo(json, 'aws_iam_role.Worker')).toHaveLength(2);
    expect(policiesAttachedTo(json, 'aws_iam_role.Other')).toHaveLength(1);
  });

  test('warns over 10 managed policies and fails over 20, as for a state machine role', () => {
    const build = (machines: number) => {
      const stack = newStack();
      const caller = new IamRole(stack, 'Caller', { assumeRolePolicy: '{}' });
      for (let i = 0; i < machines; i++) {
        const sm = machine(stack, `M${i}`, { stateMachineName: `a-state-machine-with-a-long-name-so-that-few-fit-in-one-policy-${String(i).padStart(4, '0')}` });
        sm.grantExecution(caller, `states:DescribeExecution`);
        sm.grant(caller, 'states:DescribeStateMachine');
      }
      return stack;
    };
    // Testing.synth: the helper would validate hundreds of definitions
    const quotaWarnings = (stack: Construct) => stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => String(m.data).includes('quota')).map((w) => String(w.data));
    const ok = build(60);
    expect(policiesAttachedTo(JSON.parse(Testing.synth(ok, true)), 'aws_iam_role.Caller').length).toBeGreaterThan(1);
    expect(quotaWarnings(ok)).toEqual([]);
    const many = build(280);
    const count = policiesAttachedTo(JSON.parse(Testing.synth(many, true)), 'aws_iam_role.Caller').length;
    expect(count).toBeGreaterThan(10);
    expect(quotaWarnings(many)).toEqual([`the grants to the role test/Caller need ${count} managed policies; IAM's default quota is 10 per role (it can be raised to 20)`]);
    expect(() => Testing.synth(build(480))).toThrow(/^test\/GrantsTo-Caller: the grants to the role test\/Caller need \d+ managed policies of at most 6,144 characters, more than the 20 IAM allows on one role; grant to several roles, or grant on fewer distinct resources$/);
  });

  test('the managed policies a stack attaches to one role are counted together: state machines sharing a role, and grants to it', () => {
    const build = (machines: number) => {
      const stack = newStack();
      const shared = new IamRole(stack, 'Shared', { assumeRolePolicy: '{}' });
      for (let i = 0; i < machines; i++) machine(stack, `M${i}`, { role: shared, tracingEnabled: true }).grantStartExecution(shared);
      return stack;
    };
    const quotaWarnings = (stack: Construct) => stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => String(m.data).includes('quota')).map((w) => String(w.data));
    const five = build(5);
    expect(policiesAttachedTo(JSON.parse(Testing.synth(five, true)), 'aws_iam_role.Shared')).toHaveLength(6);
    expect(quotaWarnings(five)).toEqual([]);
    const twelve = build(12);
    expect(policiesAttachedTo(JSON.parse(Testing.synth(twelve, true)), 'aws_iam_role.Shared')).toHaveLength(13);
    expect(quotaWarnings(twelve)).toEqual([
      "the permissions of this state machine need 1 managed policies, 11 with the others this stack attaches to the role test/Shared; IAM's default quota is 10 per role (it can be raised to 20)",
    ]);
    expect(() => Testing.synth(build(21))).toThrow(/^test\/M\d+: the permissions of this state machine need 1 managed policies of at most 6,144 characters, 21 with the others this stack attaches to the role test\/Shared, more than the 20 IAM allows on one role; /);
  });

  test('a grant after synthesis started is refused', () => {
    const stack = newStack();
    const caller = new IamRole(stack, 'Caller', { assumeRolePolicy: '{}' });
    const sm = machine(stack, 'SM');
    sm.grantStartExecution(caller);
    Testing.synth(stack);
    expect(() => sm.grantRead(caller)).toThrow(/^test\/SM: a grant to the role test\/Caller was made after synthesis started; make grants while building the stack$/);
  });
});
