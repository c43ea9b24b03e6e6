import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { TerraformIterator } from 'cdktf';
import { resolveValue } from '../../src/core/cdktf';
import { cachedRef } from '../../src/core/refs';
import { newStack } from '../util/synth';

// cachedRef reads provider attributes without cdktf's Reference; what they resolve to must not change.
describe('cachedRef', () => {
  const fn = (configure?: (f: LambdaFunction) => void) => {
    const stack = newStack();
    const f = new LambdaFunction(stack, 'Fn', { functionName: 'f', role: 'r' });
    configure?.(f);
    return { stack, f };
  };

  test.each([
    ['a plain resource', undefined],
    ['a resource with an overridden logical id', (f: LambdaFunction) => f.overrideLogicalId('Renamed')],
  ])('resolves as cdktf does for %s', (_name, configure) => {
    const { stack, f } = fn(configure);
    const view = cachedRef(f);
    expect(resolveValue(stack, view.arn)).toBe(resolveValue(stack, f.arn));
    expect(resolveValue(stack, `${view.arn}:*`)).toBe(resolveValue(stack, `${f.arn}:*`));
  });

  test('resolves as cdktf does for a resource with for_each', () => {
    const stack = newStack();
    const f = new LambdaFunction(stack, 'Fn', { forEach: TerraformIterator.fromList(['a', 'b']), functionName: 'f', role: 'r' });
    expect(resolveValue(stack, cachedRef(f).arn)).toBe('${aws_lambda_function.Fn.*.arn}');
    expect(resolveValue(stack, cachedRef(f).arn)).toBe(resolveValue(stack, f.arn));
  });

  test('reads each attribute once, and inputs as they are', () => {
    const { f } = fn();
    const view = cachedRef(f);
    expect(view.arn).toBe(view.arn);
    expect(view.functionNameInput).toBe('f');
    expect(cachedRef(view)).toBe(view);
    expect(cachedRef(f)).toBe(view);
  });

  test('passes a literal struct through', () => {
    const view = cachedRef({ arn: 'arn:aws:lambda:us-east-1:123456789012:function:f' });
    expect(view.arn).toBe('arn:aws:lambda:us-east-1:123456789012:function:f');
  });
});
