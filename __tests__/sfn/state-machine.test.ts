import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { TerraformVariable, Testing } from 'cdktf';
import { Duration, iam, sfn } from '../../src';
import { evaluateTemplate } from '../util/hcl-eval';
import { newStack, policiesAttachedTo, synth, synthMachine } from '../util/synth';

const PARTITION = '${data.aws_partition.current_partition.partition}';
const REGION = '${data.aws_region.current_region.region}';
const ACCOUNT = '${data.aws_caller_identity.current_account.account_id}';

function machine(stack = newStack(), props: Partial<sfn.StateMachineProps> = {}) {
  const sm = new sfn.StateMachine(stack, 'SM', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Start')),
    ...props,
  });
  return { stack, sm };
}

describe('StateMachine', () => {
  test('creates a role trusted by Step Functions, the state machine, and no policy when nothing needs one', () => {
    const { stack } = machine();
    const out = synth(stack);
    const r = out.json.resource;
    expect(Object.keys(r.aws_iam_role)).toHaveLength(1);
    const role: any = Object.values(r.aws_iam_role)[0];
    expect(JSON.parse(evaluateTemplate(role.assume_role_policy) as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    expect(r.aws_iam_policy).toBeUndefined();
    const m = out.machines[0];
    expect(m.definition).toEqual({ StartAt: 'Start', States: { Start: { Type: 'Pass', End: true } } });
    expect(m.resource.type).toBe('STANDARD');
    expect(m.resource.name).toMatch(/^test-SM-[0-9A-F]{8}$/);
    // no partition, region or account data source unless something needs one
    expect(out.json.data).toBeUndefined();
  });

  test('renders name, type, timeout, comment and query language', () => {
    const { stack } = machine(newStack(), {
      stateMachineName: 'orders',
      stateMachineType: sfn.StateMachineType.EXPRESS,
      timeout: Duration.hours(1),
      comment: 'c',
      queryLanguage: sfn.QueryLanguage.JSONATA,
    });
    const m = synthMachine(stack);
    expect(m.resource.name).toBe('orders');
    expect(m.resource.type).toBe('EXPRESS');
    expect(m.definition).toEqual({ QueryLanguage: 'JSONata', Comment: 'c', StartAt: 'Start', States: { Start: { Type: 'Pass', End: true } }, TimeoutSeconds: 3600 });
  });

  test('logging, tracing and a customer managed key come with the permissions they need', () => {
    const stack = newStack();
    const logs = new CloudwatchLogGroup(stack, 'Logs', { name: 'sfn' });
    const key = new KmsKey(stack, 'Key');
    machine(stack, {
      stateMachineName: 'enc',
      logs: { destination: logs, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
      encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key, Duration.minutes(10)),
    });
    const m = synthMachine(stack);
    expect(m.resource.logging_configuration).toEqual({ log_destination: '${aws_cloudwatch_log_group.Logs.arn}:*', include_execution_data: true, level: 'ALL' });
    expect(m.resource.tracing_configuration).toEqual({ enabled: true });
    expect(m.resource.encryption_configuration).toEqual({ type: 'CUSTOMER_MANAGED_KMS_KEY', kms_key_id: '${aws_kms_key.Key.arn}', kms_data_key_reuse_period_seconds: 600 });
    expect(m.statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
          'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: '${aws_kms_key.Key.arn}',
        Condition: { StringEquals: { 'kms:EncryptionContext:aws:states:stateMachineArn': `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:stateMachine:enc` } },
      },
      {
        Effect: 'Allow',
        Action: 'kms:GenerateDataKey',
        Resource: '${aws_kms_key.Key.arn}',
        Condition: { StringEquals: { 'kms:EncryptionContext:SourceArn': `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:*` } },
      },
    ]);
    // the state machine waits for its permissions, and the policies never reference the state machine
    expect(m.resource.depends_on).toEqual([expect.stringMatching(/^aws_iam_role_policy_attachment\.SM_PolicyAttachment_[0-9A-F]{8}$/)]);
    expect(JSON.stringify(m.policies)).not.toContain('aws_sfn_state_machine');
  });

  test('logging OFF needs no log group, and then grants no log delivery', () => {
    const stack = newStack();
    machine(stack, { logs: { level: sfn.LogLevel.OFF, includeExecutionData: true } });
    const m = synthMachine(stack);
    expect(m.resource.logging_configuration).toEqual({ include_execution_data: true, level: 'OFF' });
    expect(m.statements).toEqual([]);
  });

  test('logging OFF with a log group renders it and grants the log delivery, as aws-cdk-lib does', () => {
    const stack = newStack();
    const logs = new CloudwatchLogGroup(stack, 'Logs', { name: 'sfn' });
    machine(stack, { logs: { level: sfn.LogLevel.OFF, destination: logs } });
    const m = synthMachine(stack);
    expect(m.resource.logging_configuration).toEqual({ log_destination: '${aws_cloudwatch_log_group.Logs.arn}:*', include_execution_data: false, level: 'OFF' });
    expect(m.statements.map((s: any) => s.Action).flat()).toContain('logs:CreateLogDelivery');
  });

  test('fails when a level other than OFF has no log group', () => {
    expect(() => machine(newStack(), { logs: { level: sfn.LogLevel.ALL } })).toThrow(/test\/SM: 'logs.destination' is required when 'logs.level' is ALL, got none/);
    expect(() => machine(newStack(), { logs: {} })).toThrow(/'logs.destination' is required when 'logs.level' is ERROR \(the default\), got none/);
    expect(() => machine(newStack(), { logs: { level: sfn.LogLevel.OFF } })).not.toThrow();
  });

  test('a customer managed key lets the log delivery encrypt the logs', () => {
    const build = (level?: sfn.LogLevel) => {
      const stack = newStack();
      const logs = new CloudwatchLogGroup(stack, 'Logs', { name: 'sfn' });
      const key = new KmsKey(stack, 'Key');
      machine(stack, { stateMachineName: 'enc', logs: { destination: logs, level }, encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key) });
      return synthMachine(stack).statements.filter((s: any) => [s.Action].flat().some((a: string) => a.startsWith('kms:')));
    };
    const forLogs = {
      Effect: 'Allow',
      Action: 'kms:GenerateDataKey',
      Resource: '${aws_kms_key.Key.arn}',
      Condition: { StringEquals: { 'kms:EncryptionContext:SourceArn': `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:*` } },
    };
    // the default level (ERROR) and every level that writes logs
    expect(build()).toContainEqual(forLogs);
    expect(build(sfn.LogLevel.FATAL)).toContainEqual(forLogs);
    // OFF writes nothing: only the state machine's own key statement
    expect(build(sfn.LogLevel.OFF)).toEqual([expect.objectContaining({ Action: ['kms:Decrypt', 'kms:GenerateDataKey'] })]);
  });

  test('fails when the key reuse period is outside 1 to 15 minutes', () => {
    const stack = newStack();
    const key = new KmsKey(stack, 'Key');
    expect(() => new sfn.CustomerManagedEncryptionConfiguration(key, Duration.seconds(30))).toThrow(/60 to 900 seconds, got 30/);
    expect(() => new sfn.CustomerManagedEncryptionConfiguration(key, Duration.minutes(15))).not.toThrow();
  });

  test('attaches the permissions to a role the user passes, and creates none', () => {
    const stack = newStack();
    const role = new IamRole(stack, 'Mine', { assumeRolePolicy: '{}' });
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: role.arn });
    const { sm } = machine(stack, { role });
    sm.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.arn] }));
    const out = synth(stack);
    expect(Object.keys(out.json.resource.aws_iam_role)).toEqual(['Mine']);
    expect(out.machines[0].resource.role_arn).toBe('${aws_iam_role.Mine.arn}');
    expect(out.machines[0].statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '${aws_lambda_function.Fn.arn}' }]);
  });

  test('grants other roles access to the state machine', () => {
    const stack = newStack();
    const { sm } = machine(stack, { stateMachineName: 'm' });
    const caller = new IamRole(stack, 'Caller', { assumeRolePolicy: '{}' });
    sm.grantStartExecution(caller);
    sm.grantTaskResponse(caller);
    sm.grantRead(caller);
    sm.grantExecution(caller, 'states:StopExecution');
    const out = synth(stack);
    expect(out.json.resource.aws_iam_role_policy).toBeUndefined();
    const grants = policiesAttachedTo(out.json, 'aws_iam_role.Caller');
    const arn = `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:stateMachine:m`;
    // the four grants are merged into one managed policy, as a state machine's own statements are
    expect(grants.map((g) => g.document.Statement)).toEqual([[
      { Effect: 'Allow', Action: ['states:StartExecution', 'states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat', 'states:ListExecutions', 'states:ListStateMachines'], Resource: arn },
      { Effect: 'Allow', Action: ['states:DescribeExecution', 'states:DescribeStateMachineForExecution', 'states:GetExecutionHistory', 'states:StopExecution'], Resource: `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:execution:m:*` },
      { Effect: 'Allow', Action: ['states:ListActivities', 'states:DescribeStateMachine', 'states:DescribeActivity'], Resource: '*' },
    ]]);
  });

  test('fromString and fromFile take a document and apply substitutions, references included', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const doc = {
      StartAt: '${first}',
      States: {
        '${first}': {
          Type: 'Task', Resource: '${fn}', Next: 'Shape',
          Comment: 'keep ${other}, ${$.x}, ${} and ${!x}; ${env}-fn',
        },
        Shape: { Type: 'Pass', Parameters: { 'msg.$': "States.Format('Price: ${}', $.p)" }, End: true },
      },
    };
    const substitutions = { fn: fn.arn, first: 'Call', other: '${other}', env: 'prod' };
    new sfn.StateMachine(stack, 'FromString', { definitionBody: sfn.DefinitionBody.fromString(JSON.stringify(doc)), definitionSubstitutions: substitutions });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-')), 'def.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    new sfn.StateMachine(stack, 'FromFile', { definitionBody: sfn.DefinitionBody.fromFile(file), definitionSubstitutions: { ...substitutions, fn: 'arn:aws:lambda:us-east-1:123456789012:function:x' } });
    const byAddress = Object.fromEntries(synth(stack).machines.map((m) => [m.address.replace(/_[0-9A-F]{8}$/, ''), m]));
    const a = byAddress['aws_sfn_state_machine.FromString'];
    const b = byAddress['aws_sfn_state_machine.FromFile'];
    expect(a.definition.StartAt).toBe('Call');
    expect(a.definition.States.Call).toEqual({ Type: 'Task', Resource: '${aws_lambda_function.Fn.arn}', Next: 'Shape', Comment: 'keep ${other}, ${$.x}, ${} and ${!x}; prod-fn' });
    expect(a.definition.States.Shape.Parameters).toEqual({ 'msg.$': "States.Format('Price: ${}', $.p)" });
    expect(b.definition.States.Call.Resource).toBe('arn:aws:lambda:us-east-1:123456789012:function:x');
  });

  test('fails when a placeholder of a string definition is not filled, naming it and the keys given', () => {
    const doc = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: '${FunctionArn}', Comment: '${Stage} ${AWS::Region}', End: true } } });
    const build = (substitutions?: { [key: string]: string }) => () => new sfn.StateMachine(newStack(), 'SM', { definitionBody: sfn.DefinitionBody.fromString(doc), definitionSubstitutions: substitutions });
    expect(build({ FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' }))
      .toThrow(/test\/SM: 'definitionSubstitutions' does not fill \$\{Stage\}, \$\{AWS::Region\} in DefinitionBody.fromString\(definition\); keys given: FunctionArn\./);
    expect(build()).toThrow(/does not fill \$\{FunctionArn\}, \$\{Stage\}, \$\{AWS::Region\} .*; keys given: none/);
    // names of Object's prototype are no keys
    const proto = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Comment: '${constructor}', End: true } } });
    expect(() => new sfn.StateMachine(newStack(), 'SM', { definitionBody: sfn.DefinitionBody.fromString(proto) })).toThrow(/does not fill \$\{constructor\}/);
    expect(build({ FunctionArn: 'f', Stage: 'prod', 'AWS::Region': 'us-east-1' })).not.toThrow();
  });

  test('fails when a substitution puts a Terraform reference into an object key', () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    const doc = JSON.stringify({ StartAt: 'A', States: { '${name}': { Type: 'Pass', End: true } } });
    expect(() => new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromString(doc), definitionSubstitutions: { name: fn.functionName } }))
      .toThrow(/test\/SM: 'definitionSubstitutions' puts a Terraform reference into the key "\$\{name\}"/);
  });

  test('takes the deprecated definition prop as a chain, as aws-cdk-lib does', () => {
    const stack = newStack();
    const start = new sfn.Pass(stack, 'Start');
    new sfn.StateMachine(stack, 'SM', { definition: start.next(new sfn.Succeed(stack, 'Done')) });
    expect(synthMachine(stack).definition).toEqual({ StartAt: 'Start', States: { Start: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } } });
  });

  test('fails when both definition and definitionBody are given, or neither', () => {
    const stack = newStack();
    const start = new sfn.Pass(stack, 'Start');
    expect(() => new sfn.StateMachine(stack, 'Both', { definition: start, definitionBody: sfn.DefinitionBody.fromChainable(start) }))
      .toThrow(/test\/Both: 'definition' and 'definitionBody' cannot both be set/);
    expect(() => new sfn.StateMachine(stack, 'Neither', {})).toThrow(/test\/Neither: a state machine needs a definition: set 'definitionBody' .*got neither/);
  });

  test('fails when a string definition is not an ASL document', () => {
    expect(() => sfn.DefinitionBody.fromString('{')).toThrow(/must be a JSON document/);
    expect(() => sfn.DefinitionBody.fromString('{"States":{}}')).toThrow(/with 'StartAt' and 'States'/);
    expect(() => sfn.DefinitionBody.fromFile('/nonexistent/x.json')).toThrow(/cannot read/);
  });

  test('fails when the name is not a valid state machine name', () => {
    expect(() => machine(newStack(), { stateMachineName: 'has space' })).toThrow(/'stateMachineName' must be 1 to 80 characters/);
    expect(() => machine(newStack(), { stateMachineName: 'x'.repeat(81) })).toThrow(/'stateMachineName'/);
  });

  test('a name from a Terraform variable is used as is, in the resource and in the ARNs of grants', () => {
    const stack = newStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const { sm } = machine(stack, { stateMachineName: name.stringValue });
    sm.grantStartExecution(new IamRole(stack, 'Caller', { assumeRolePolicy: '{}' }));
    const out = synth(stack);
    expect(out.machines[0].resource.name).toBe('${var.name}');
    const [grant] = policiesAttachedTo(out.json, 'aws_iam_role.Caller');
    expect(grant.document.Statement[0].Resource).toBe(`arn:${PARTITION}:states:${REGION}:${ACCOUNT}:stateMachine:\${var.name}`);
  });

  test('fails when the timeout is not positive', () => {
    expect(() => machine(newStack(), { timeout: Duration.seconds(0) })).toThrow(/SM: 'timeout' must be a whole number of seconds greater than 0, got 0/);
  });

  test('fails when a JSONPath state sits in a JSONata state machine', () => {
    const stack = newStack();
    const p = sfn.Pass.jsonPath(stack, 'P', { queryLanguage: sfn.QueryLanguage.JSON_PATH });
    expect(() => new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(p), queryLanguage: sfn.QueryLanguage.JSONATA })).toThrow(/'queryLanguage' of state 'P' is JSONPath/);
  });

  test('fails when the definition is over 1 MiB once references are filled in', () => {
    const stack = newStack();
    const big = 'x'.repeat(200_000);
    let chain = sfn.Chain.start(new sfn.Pass(stack, 'P0', { result: sfn.Result.fromString(big) }));
    for (let i = 1; i < 6; i++) chain = chain.next(new sfn.Pass(stack, `P${i}`, { result: sfn.Result.fromString(big) }));
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
    expect(() => Testing.synth(stack)).toThrow(/test\/SM: the definition is about \d+ bytes .* over Step Functions' limit of 1048576 bytes/);
  });

  test('splits permissions into several managed policies, warns over 10 and fails over 20', () => {
    const build = (count: number) => {
      const stack = newStack();
      const { sm } = machine(stack);
      for (let i = 0; i < count; i++) {
        sm.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [`arn:aws:lambda:us-east-1:123456789012:function:a-rather-long-function-name-${i}`] }));
      }
      return stack;
    };
    const few = synthMachine(build(100));
    expect(few.policies.length).toBeGreaterThan(1);
    for (const p of few.policies) expect(JSON.stringify(p).length).toBeLessThanOrEqual(6144);
    expect(few.statements.flatMap((s) => s.Resource)).toHaveLength(100);

    const many = build(900);
    expect(() => synth(many)).not.toThrow();
    const warnings = many.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === 'warning' || m.type === 'aws:cdk:warning' || String(m.data).includes('quota'));
    expect(warnings.map((w) => String(w.data))).toEqual([expect.stringMatching(/need 1[1-9] managed policies; IAM's default quota is 10/)]);

    expect(() => synth(build(2000))).toThrow(/test\/SM: the permissions of this state machine need \d+ managed policies .* more than the 20 IAM allows/);
  });
});
