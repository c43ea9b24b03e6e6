import { iam } from '../../src';
import { MANAGED_POLICY_SIZE_LIMIT, jsonSize, mergeStatements, splitIntoDocuments } from '../../src/iam/policy-document';

const s = (actions: string[], resources: string[], conditions?: any) => new iam.PolicyStatement({ actions, resources, conditions });
const json = (list: iam.PolicyStatement[]) => list.map((x) => x.toStatementJson());

describe('mergeStatements', () => {
  test('pools resources of statements with the same actions, then actions of statements with the same resources', () => {
    const merged = mergeStatements([
      s(['lambda:InvokeFunction'], ['a']),
      s(['sns:Publish'], ['t']),
      s(['lambda:InvokeFunction'], ['b', 'a']),
      s(['sqs:SendMessage'], ['t']),
    ]);
    expect(json(merged)).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: ['a', 'b'] },
      { Effect: 'Allow', Action: ['sns:Publish', 'sqs:SendMessage'], Resource: 't' },
    ]);
  });

  test('keeps statements with different conditions or a Sid apart', () => {
    const merged = mergeStatements([
      s(['kms:Decrypt'], ['k'], { StringEquals: { a: '1' } }),
      s(['kms:Decrypt'], ['k2'], { StringEquals: { a: '2' } }),
      new iam.PolicyStatement({ sid: 'Keep', actions: ['kms:Decrypt'], resources: ['k3'] }),
      new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['kms:Decrypt'], resources: ['k4'] }),
    ]);
    expect(merged).toHaveLength(4);
  });

  test('is deterministic and linear on thousands of statements', () => {
    const many = Array.from({ length: 20000 }, (_, i) => s(['lambda:InvokeFunction'], [`arn:fn${i % 300}`]));
    const merged = mergeStatements(many);
    expect(merged).toHaveLength(1);
    expect(merged[0].resources).toHaveLength(300);
  });
});

describe('splitIntoDocuments', () => {
  test('packs statements into documents of at most 6,144 characters, cutting big statements by resource', () => {
    const resources = Array.from({ length: 400 }, (_, i) => `arn:aws:lambda:us-east-1:123456789012:function:function-number-${i}`);
    const docs = splitIntoDocuments([s(['lambda:InvokeFunction'], resources), s(['sns:Publish'], ['t'])], (v) => v.length);
    expect(docs.length).toBeGreaterThan(4);
    for (const doc of docs) {
      const text = JSON.stringify({ Version: '2012-10-17', Statement: json(doc) });
      expect(text.length).toBeLessThanOrEqual(MANAGED_POLICY_SIZE_LIMIT);
    }
    const all = docs.flat().flatMap((x) => x.resources);
    expect(all).toEqual([...resources, 't']);
  });

  test('a small set of statements stays one document', () => {
    expect(splitIntoDocuments([s(['a:B'], ['x']), s(['c:D'], ['y'])], (v) => v.length)).toHaveLength(1);
  });

  test('jsonSize counts like JSON.stringify without whitespace', () => {
    const value = { a: ['x"y', 1, true, null], b: { c: 'ü\n' } };
    expect(jsonSize(value, (v) => v.length)).toBe(JSON.stringify(value).length);
  });
});

describe('PolicyStatement', () => {
  test('renders single actions and resources as scalars, and conditions', () => {
    const st = new iam.PolicyStatement({ actions: ['a:B'], resources: ['r'] });
    st.addCondition('StringEquals', 'k', 'v');
    expect(st.toStatementJson()).toEqual({ Effect: 'Allow', Action: 'a:B', Resource: 'r', Condition: { StringEquals: { k: 'v' } } });
  });

  test('fails when an action is not shaped service:Action', () => {
    expect(() => new iam.PolicyStatement({ actions: ['InvokeFunction'] })).toThrow(/'actions' must look like 'service:Action'/);
    expect(() => new iam.PolicyStatement({ actions: ['s3:Get*', '*'] })).not.toThrow();
  });
});
