import { TerraformVariable } from 'cdktf';
import { Duration, Size, sfn, tasks } from '../../src';
import { secondsFor } from '../../src/core/duration';
import { resolveValue } from '../../src/core/cdktf';
import { newStack } from '../util/synth';

describe('Duration', () => {
  test('converts between units', () => {
    expect(Duration.minutes(2).toSeconds()).toBe(120);
    expect(Duration.hours(1).toMinutes()).toBe(60);
    expect(Duration.days(1).toHours()).toBe(24);
    expect(Duration.days(2).toDays()).toBe(2);
    expect(Duration.seconds(3).toMilliseconds()).toBe(3000);
    expect(Duration.millis(5000).toSeconds()).toBe(5);
    expect(Duration.minutes(1).toHumanString()).toBe('1 minute');
    expect(Duration.seconds(5).toString()).toBe('5 seconds');
  });

  test('fails for negative or non-finite amounts and for conversions that are not whole', () => {
    expect(() => Duration.seconds(-1)).toThrow(/non-negative number of seconds, got -1/);
    expect(() => Duration.minutes(Infinity)).toThrow(/finite/);
    expect(() => Duration.millis(1500).toSeconds()).toThrow(/not a whole number of seconds/);
    expect(() => Duration.seconds(90).toMinutes()).toThrow(/not a whole number of minutes/);
  });

  test('a token amount stays a token, and becomes a Terraform product in smaller units', () => {
    const stack = newStack();
    const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
    expect(Duration.seconds(n).toSeconds()).toBe(n);
    expect(Duration.seconds(n).isUnresolved()).toBe(true);
    expect(resolveValue(stack, Duration.minutes(n).toSeconds())).toBe('${(var.n * 60)}');
    expect(() => Duration.seconds(n).toMinutes()).toThrow(/cannot convert a token Duration in seconds to minutes/);
    expect(Duration.seconds(n).toHumanString()).toBe('<token> seconds');
  });
});

describe('secondsFor: a conversion in the constructor that received the duration', () => {
  test('names the construct and the prop when a duration is not whole seconds', () => {
    const stack = newStack();
    expect(secondsFor(Duration.minutes(2), "'delay'", stack)).toBe(120);
    expect(() => secondsFor(Duration.millis(500), "'delay'", stack)).toThrow(/^test: 'delay' must be a whole number of seconds, got 500 millis$/);
    const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
    expect(() => secondsFor(Duration.millis(n), "'delay'", stack)).toThrow(/^test: 'delay' must be given in seconds or a larger unit: cannot convert a token Duration in millis/);
    // Duration's own API keeps its message, which cannot know the prop
    expect(() => Duration.millis(500).toSeconds()).toThrow(/^500 millis is not a whole number of seconds$/);
  });

  test("in a state machine's timeout, its key reuse period and WaitTime.duration", () => {
    const stack = newStack();
    const body = () => sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, `P${stack.node.children.length}`));
    expect(() => new sfn.StateMachine(stack, 'SM', { definitionBody: body(), timeout: Duration.millis(1500) }))
      .toThrow(/^test\/SM: 'timeout' must be a whole number of seconds, got 1500 millis$/);
    expect(() => new sfn.CustomerManagedEncryptionConfiguration({ arn: 'arn:aws:kms:us-east-1:123456789012:key/k' }, Duration.millis(90500)))
      .toThrow(/^CustomerManagedEncryptionConfiguration 'kmsDataKeyReusePeriodSeconds' must be a whole number of seconds, got 90500 millis$/);
    expect(() => sfn.WaitTime.duration(Duration.millis(10))).toThrow(/^WaitTime.duration\(duration\) must be a whole number of seconds, got 10 millis$/);
    expect(new sfn.StateMachine(stack, 'Whole', { definitionBody: body(), timeout: Duration.millis(2000) }).definition().TimeoutSeconds).toBe(2);
  });

  test('in addRetry and SqsSendMessage', () => {
    const stack = newStack();
    const parallel = new sfn.Parallel(stack, 'P');
    expect(() => parallel.addRetry({ interval: Duration.millis(1500) })).toThrow(/^test\/P: addRetry 'interval' must be a whole number of seconds, got 1500 millis$/);
    expect(() => parallel.addRetry({ maxDelay: Duration.millis(10) })).toThrow(/^test\/P: addRetry 'maxDelay' must be a whole number of seconds, got 10 millis$/);
    const queue = { url: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', arn: 'arn:aws:sqs:us-east-1:123456789012:q' };
    expect(() => new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('m'), delay: Duration.millis(100) }))
      .toThrow(/^test\/Send: 'delay' must be a whole number of seconds, got 100 millis$/);
  });
});

describe('Size', () => {
  test('converts between units', () => {
    expect(Size.gibibytes(2).toMebibytes()).toBe(2048);
    expect(Size.mebibytes(1).toKibibytes()).toBe(1024);
    expect(Size.kibibytes(1).toBytes()).toBe(1024);
    expect(Size.tebibytes(1).toGibibytes()).toBe(1024);
    expect(Size.pebibytes(1).toTebibytes()).toBe(1024);
    expect(Size.bytes(2 ** 50).toPebibytes()).toBe(1);
    expect(Size.gibibytes(3).toGibibytes()).toBe(3);
  });

  test('fails for negative amounts and conversions that are not whole', () => {
    expect(() => Size.mebibytes(-1)).toThrow(/non-negative number of mebibytes, got -1/);
    expect(() => Size.mebibytes(1536).toGibibytes()).toThrow(/not a whole number of gibibytes/);
  });

  test('a token amount converts only to its own unit', () => {
    const stack = newStack();
    const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
    expect(Size.gibibytes(n).toGibibytes()).toBe(n);
    expect(Size.gibibytes(n).isUnresolved()).toBe(true);
    expect(() => Size.gibibytes(n).toMebibytes()).toThrow(/cannot convert a token Size in gibibytes to mebibytes/);
  });
});
