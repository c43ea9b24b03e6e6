import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { sfn, tasks } from '../../src';
import { newStack, synthMachine } from '../util/synth';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StateMachine: LocalMachine } = require('aws-local-stepfunctions');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonata: (expression: string) => { evaluate(input: unknown, bindings: object): Promise<unknown> } = require('jsonata');

// Runs a synthesized definition with aws-local-stepfunctions; task results come from `handlers`, which
// also record the input each task received (after InputPath and Parameters).
async function run(definition: any, input: unknown, handlers: Record<string, (input: any) => unknown>) {
  const received: Record<string, unknown> = {};
  const taskResourceLocalHandlers = Object.fromEntries(Object.entries(handlers).map(([name, h]) => [name, async (i: unknown) => {
    received[name] = i;
    return h(i);
  }]));
  // aws-local-stepfunctions writes into the definition it gets: hand it a copy, made in this realm
  // (structuredClone's objects come from Node's realm, which its plain-object check does not accept).
  const machine = new LocalMachine(JSON.parse(JSON.stringify(definition)), { validationOptions: { checkArn: false, checkPaths: false } });
  const output = await machine.run(input, { overrides: { taskResourceLocalHandlers } }).result;
  return { output, received };
}

describe('data flow through a synthesized definition', () => {
  test('InputPath, Parameters, ResultSelector, ResultPath and OutputPath move the data as intended', async () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'score', role: 'r' });
    const table = new DynamodbTable(stack, 'Customers', { name: 'customers', hashKey: 'id' });

    const shape = new sfn.Pass(stack, 'Shape', {
      inputPath: '$.order',
      parameters: { orderId: sfn.JsonPath.stringAt('$.id'), customer: sfn.JsonPath.stringAt('$.customer'), note: 'keep ${this} %{ literal }' },
      resultPath: '$.shaped',
    });
    const score = new tasks.LambdaInvoke(stack, 'Score', {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.shaped.orderId') }),
      resultSelector: { score: sfn.JsonPath.numberAt('$.Payload.score') },
      resultPath: '$.scoring',
    });
    const lookup = new tasks.DynamoGetItem(stack, 'Customer', {
      table,
      key: { id: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.shaped.customer')) },
      resultSelector: { name: sfn.JsonPath.stringAt('$.Item.name.S') },
      resultPath: '$.customer',
      outputPath: '$',
    });
    const summary = new sfn.Pass(stack, 'Summary', {
      parameters: {
        text: sfn.JsonPath.format('{} scored {}', sfn.JsonPath.stringAt('$.customer.name'), sfn.JsonPath.stringAt('$.scoring.score')),
        note: sfn.JsonPath.stringAt('$.shaped.note'),
      },
      outputPath: '$.text',
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(shape.next(score).next(lookup).next(summary)) });

    const { definition } = synthMachine(stack);
    const { output, received } = await run(definition, { order: { id: 'o-1', customer: 'c-9' }, other: true }, {
      Score: () => ({ StatusCode: 200, Payload: { score: 42 } }),
      Customer: () => ({ Item: { id: { S: 'c-9' }, name: { S: 'Ada' } } }),
    });
    expect(received.Score).toEqual({ FunctionName: '${aws_lambda_function.Fn.arn}', Payload: { id: 'o-1' } });
    expect(received.Customer).toEqual({ TableName: '${aws_dynamodb_table.Customers.name}', Key: { id: { S: 'c-9' } }, ConsistentRead: false });
    expect(output).toBe('Ada scored 42');
  });

  test('a JSONata state machine: Arguments, Output and Assign evaluate as intended', async () => {
    const stack = newStack();
    const fn = new LambdaFunction(stack, 'Fn', { functionName: 'score', role: 'r' });
    const score = tasks.LambdaInvoke.jsonata(stack, 'Score', {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ id: '{% $states.input.order.id %}', note: 'literal ${x}' }),
      outputs: { score: '{% $states.result.Payload.score * 2 %}', order: '{% $states.input.order %}' },
      assign: { lastScore: '{% $states.result.Payload.score %}' },
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(score), queryLanguage: sfn.QueryLanguage.JSONATA });
    const state = synthMachine(stack).definition.States.Score;

    // every {% %} field, evaluated by the reference JSONata engine with $states bound
    const evaluate = async (value: any, states: object): Promise<any> => {
      if (typeof value === 'string') {
        const m = /^\{%([\s\S]*)%\}$/.exec(value);
        return m ? jsonata(m[1]).evaluate({}, { states }) : value;
      }
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = await evaluate(v, states);
      return out;
    };
    const input = { order: { id: 'o-1' } };
    const args = await evaluate(state.Arguments, { input });
    expect(args).toEqual({ FunctionName: '${aws_lambda_function.Fn.arn}', Payload: { id: 'o-1', note: 'literal ${x}' } });
    const result = { StatusCode: 200, Payload: { score: 21 } };
    expect(await evaluate(state.Output, { input, result })).toEqual({ score: 42, order: { id: 'o-1' } });
    expect(await evaluate(state.Assign, { input, result })).toEqual({ lastScore: 21 });
  });
});
