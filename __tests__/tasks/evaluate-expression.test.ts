import * as cdk from 'aws-cdk-lib';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TerraformVariable } from 'cdktf';
import { sfn, tasks } from '../../src';
import { newStack, synth } from '../util/synth';
import { ACCOUNT, PARTITION, REGION } from './util';

const FN = (id: string) => `\${aws_lambda_function.${id}.arn}`;

function machine(build: (stack: ReturnType<typeof newStack>) => sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}) {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)), ...props });
  const s = synth(stack);
  return { stack, json: s.json, machine: s.machines[0] };
}

describe('EvaluateExpression', () => {
  test('JSONPath: the expression and each path as a value, called directly', () => {
    const { machine: m, json } = machine((s) => new tasks.EvaluateExpression(s, 'Sum', { expression: '$.a + $.b[0] + $.a' }));
    const fnId = Object.keys(json.resource.aws_lambda_function)[0];
    expect(m.definition.States.Sum).toEqual({
      Type: 'Task',
      Resource: FN(fnId),
      Parameters: { expression: '$.a + $.b[0] + $.a', expressionAttributeValues: { '$.a.$': '$.a', '$.b[0].$': '$.b[0]' } },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [FN(fnId), `${FN(fnId)}:*`] }]);
  });

  test('the template literal reaches AWS unchanged (JSON here, HCL in the setup check)', () => {
    const expression = '`Now waiting ${$.waitSeconds} seconds...`';
    const { machine: m } = machine((s) => new tasks.EvaluateExpression(s, 'Convert', { expression }));
    expect(m.definition.States.Convert.Parameters).toEqual({ expression, expressionAttributeValues: { '$.waitSeconds.$': '$.waitSeconds' } });
  });

  test('JSONata: valid Arguments that hand the function the state input (aws-cdk-lib renders Parameters, C.8)', () => {
    const { machine: m } = machine((s) => new tasks.EvaluateExpression(s, 'Sum', { expression: '$.a + $.b' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    const state = m.definition.States.Sum;
    expect(state.Arguments).toEqual({ expression: '$.a + $.b', input: '{% $states.input %}' });
    expect(state.Parameters).toBeUndefined();
    const own = machine((s) => new tasks.EvaluateExpression(s, 'Sum', { expression: '$.a', queryLanguage: sfn.QueryLanguage.JSONATA, outputs: { v: '{% $states.result %}' } }));
    expect(own.machine.definition.States.Sum).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { expression: '$.a', input: '{% $states.input %}' }, Output: { v: '{% $states.result %}' } });
  });

  test('one function per task, one role per stack, one archive per stack', () => {
    const { json } = machine((s) => new tasks.EvaluateExpression(s, 'A', { expression: '1' })
      .next(new tasks.EvaluateExpression(s, 'B', { expression: '2', runtime: tasks.Runtime.NODEJS_22_X, architecture: tasks.Architecture.ARM_64 })));
    const fns = Object.values<any>(json.resource.aws_lambda_function);
    expect(fns).toHaveLength(2);
    expect(Object.keys(json.resource.aws_iam_role).sort()).toEqual(['EvaluateExpressionRole', expect.stringMatching(/^SM_Role_/)]);
    expect(new Set(fns.map((f) => f.role))).toEqual(new Set(['${aws_iam_role.EvaluateExpressionRole.arn}']));
    expect(new Set(fns.map((f) => f.filename)).size).toBe(1);
    expect(fns.map((f) => [f.handler, f.runtime, f.architectures])).toEqual([['index.handler', 'nodejs24.x', undefined], ['index.handler', 'nodejs22.x', ['arm64']]]);
    for (const f of fns) {
      expect(f.function_name.length).toBeLessThanOrEqual(64);
      expect(f.function_name).toMatch(/^eval-[0-9a-f]{8}-[A-Za-z0-9_-]+$/);
      expect(f.source_code_hash).toMatch(/^[0-9A-F]{32}$/);
    }
    const role = json.resource.aws_iam_role.EvaluateExpressionRole;
    expect(JSON.parse(role.assume_role_policy.replace(/^\$\{jsonencode\((.*)\)\}$/s, '$1'))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  });

  test("the role may write logs only into its functions' log group, which they share", () => {
    const { json } = machine((s) => new tasks.EvaluateExpression(s, 'A', { expression: '1' }).next(new tasks.EvaluateExpression(s, 'B', { expression: '2' })));
    const fns = Object.values<any>(json.resource.aws_lambda_function);
    const group = json.resource.aws_cloudwatch_log_group.EvaluateExpressionLogs;
    expect(group.name).toBe(`/aws/lambda/${fns[0].function_name.slice(0, 'eval-12345678'.length)}`);
    for (const fn of fns) expect(fn.logging_config).toEqual({ log_format: 'Text', log_group: '${aws_cloudwatch_log_group.EvaluateExpressionLogs.name}' });
    const policy = json.resource.aws_iam_role_policy.EvaluateExpressionRolePolicy;
    expect(policy.role).toBe('${aws_iam_role.EvaluateExpressionRole.name}');
    const arn = `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:\${aws_cloudwatch_log_group.EvaluateExpressionLogs.name}`;
    expect(JSON.parse(policy.policy.replace(/^\$\{jsonencode\((.*)\)\}$/s, '$1'))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [arn, `${arn}:*`] }],
    });
  });

  test('an expression from a Terraform variable is passed as it is, without paths', () => {
    const { machine: m } = machine((s) => new tasks.EvaluateExpression(s, 'V', { expression: new TerraformVariable(s, 'expr', { type: 'string' }).stringValue }));
    expect(m.definition.States.V.Parameters).toEqual({ expression: '${var.expr}', expressionAttributeValues: {} });
  });

  describe('validation', () => {
    const build = (props: Partial<tasks.EvaluateExpressionProps>) => () => new tasks.EvaluateExpression(newStack(), 'Eval', { expression: '$.a', ...props });

    test('runtime: Node.js accepted, anything else refused', () => {
      expect(build({ runtime: tasks.Runtime.NODEJS_20_X })).not.toThrow();
      expect(build({ runtime: new tasks.Runtime('nodejs26.x') })).not.toThrow();
      expect(build({ runtime: new tasks.Runtime('python3.13', tasks.RuntimeFamily.PYTHON) }))
        .toThrow("test/Eval: 'runtime' must be a Node.js runtime (Runtime.NODEJS_24_X, Runtime.NODEJS_LATEST, ...): the expression is JavaScript; got \"python3.13\"");
    });

    test('paths as code are accepted: operands, arguments, interpolations, next to regular expressions and comments', () => {
      for (const expression of ['$.a + $.b', 'JSON.parse($.body)', '`year=${$.year}`', '`${`${$.x}`}`', '$.s.replace(/[\'"]/g, "")', '$.n / 2 / $.m', '$.a // $.b in a comment']) {
        expect(build({ expression })).not.toThrow();
      }
    });

    test('a path inside a quoted string is refused', () => {
      expect(build({ expression: "'year=$.year'" })).toThrow("test/Eval: 'expression' has the state path(s) $.year inside a quoted string, where they are text and are not replaced by values: interpolate them in a template literal instead, e.g. `...${$.year}...`; got \"'year=$.year'\"");
      expect(build({ expression: 'JSON.parse("$.a").concat("$.b")' })).toThrow(/state path\(s\) \$\.a, \$\.b inside a quoted string/);
      expect(build({ expression: '"it\\"s $.a"' })).toThrow(/\$\.a inside a quoted string/);
    });

    test('a path in the text of a template literal is refused', () => {
      expect(build({ expression: '`total: $.n`' })).toThrow("test/Eval: 'expression' has the state path(s) $.n as text of a template literal, where they are not replaced by values: write them as interpolations, e.g. ${$.n}; got \"`total: $.n`\"");
      expect(build({ expression: '`${$.a} and $.b`' })).toThrow(/\$\.b as text of a template literal/);
    });

    test('an expression that is not JavaScript is refused', () => {
      expect(build({ expression: '$.a +' })).toThrow(/test\/Eval: 'expression' is not valid JavaScript \(Unexpected token.*\); got "\$\.a \+"/);
      expect(build({ expression: '  ' })).toThrow("test/Eval: 'expression' must be a JavaScript expression; got an empty string");
      expect(build({ expression: 'const x = $.a; x * 2' })).not.toThrow();
    });

    test('integrationPattern: only REQUEST_RESPONSE (the function is called directly)', () => {
      expect(build({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
      expect(build({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })).toThrow("test/Eval: 'integrationPattern' WAIT_FOR_TASK_TOKEN is not supported by this task; supported: REQUEST_RESPONSE");
    });
  });
});

describe('EvaluateExpression: same Parameters as aws-cdk-lib 2.276', () => {
  const cases = ['$.a + $.b', '`Now waiting ${$.waitSeconds} seconds...`', '$.items[0].price * $.qty', 'Math.max(...$.list)'];
  test.each(cases)('%s', (expression) => {
    const app = new cdk.App();
    const cdkStack = new cdk.Stack(app, 'Cdk', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const cdkTask = new cdkTasks.EvaluateExpression(cdkStack, 'Eval', { expression });
    const cdkState = cdkStack.resolve(cdkTask.toStateJson());
    const { machine: m } = machine((s) => new tasks.EvaluateExpression(s, 'Eval', { expression }));
    const ours = m.definition.States.Eval;
    expect(ours.Parameters).toEqual(cdkState.Parameters);
    expect({ ...ours, Resource: 'fn' }).toEqual({ ...cdkState, Resource: 'fn' });
  });
});

describe('EvaluateExpression data flow: the synthesized state run with the real handler', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { StateMachine: LocalMachine } = require('aws-local-stepfunctions');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-handlers/evaluate-expression');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jsonata = require('jsonata');

  test('JSONPath: Step Functions picks the values, the handler evaluates (aws-local-stepfunctions)', async () => {
    const { machine: m } = machine((s) => new tasks.EvaluateExpression(s, 'Convert to seconds', { expression: '$.waitMilliseconds / 1000', resultPath: '$.waitSeconds' })
      .next(new tasks.EvaluateExpression(s, 'Create message', { expression: '`Now waiting ${$.waitSeconds} seconds...`', resultPath: '$.message' })));
    // the function ARN as AWS would see it once Terraform has created the function
    const definition = JSON.parse(JSON.stringify(m.definition).replace(/\$\{aws_lambda_function\.[^}]+\.arn\}/g, 'arn:aws:lambda:us-east-1:123456789012:function:eval'));
    const local = new LocalMachine(definition, { validationOptions: { checkArn: false, checkPaths: false } });
    const handlers = { 'Convert to seconds': handler, 'Create message': handler };
    const output = await local.run({ waitMilliseconds: 5000 }, { overrides: { taskResourceLocalHandlers: handlers } }).result;
    expect(output).toEqual({ waitMilliseconds: 5000, waitSeconds: 5, message: 'Now waiting 5 seconds...' });
  });

  test('JSONata: the Arguments evaluated with jsonata, then the handler', async () => {
    const { machine: m } = machine((s) => new tasks.EvaluateExpression(s, 'Sum', { expression: '$.a + $.items[1].n' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    const args = m.definition.States.Sum.Arguments;
    const input = { a: 2, items: [{ n: 1 }, { n: 40 }] };
    const event = { expression: args.expression, input: await jsonata(args.input.slice(2, -2)).evaluate({}, { states: { input } }) };
    await expect(handler(event)).resolves.toBe(42);
  });
});
