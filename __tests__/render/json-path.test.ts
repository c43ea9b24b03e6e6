import { Token } from 'cdktf';
import { sfn } from '../../src';
import { pathsInExpression } from '../../src/render/intrinsics';
import { containsTaskToken, findReferencedPaths, renderJsonPathObject, validateFields } from '../../src/render/json-path';

const { JsonPath } = sfn;

describe('JsonPath', () => {
  test('helpers render as key.$ fields with their paths', () => {
    const rendered = renderJsonPathObject({
      s: JsonPath.stringAt('$.a'),
      n: JsonPath.numberAt('$.n'),
      l: JsonPath.listAt('$.l'),
      o: JsonPath.objectAt('$.o'),
      token: JsonPath.taskToken,
      all: JsonPath.entirePayload,
      ctx: JsonPath.entireContext,
      exec: JsonPath.executionId,
      literal: '$.not.a.path',
      bool: true,
      nested: { deep: [{ v: JsonPath.stringAt('$.v') }, 'x', 1] },
      dropped: undefined,
      discarded: JsonPath.DISCARD,
    });
    expect(rendered).toEqual({
      's.$': '$.a', 'n.$': '$.n', 'l.$': '$.l', 'o.$': '$.o', 'token.$': '$$.Task.Token', 'all.$': '$', 'ctx.$': '$$',
      'exec.$': '$$.Execution.Id', literal: '$.not.a.path', bool: true, nested: { deep: [{ 'v.$': '$.v' }, 'x', 1] }, discarded: null,
    });
  });

  test.each([
    ['executionInput', '$$.Execution.Input'], ['executionName', '$$.Execution.Name'], ['executionRoleArn', '$$.Execution.RoleArn'],
    ['executionStartTime', '$$.Execution.StartTime'], ['stateEnteredTime', '$$.State.EnteredTime'], ['stateName', '$$.State.Name'],
    ['stateRetryCount', '$$.State.RetryCount'], ['stateMachineId', '$$.StateMachine.Id'], ['stateMachineName', '$$.StateMachine.Name'],
  ])('%s is %s', (name, path) => {
    expect(renderJsonPathObject({ v: (JsonPath as any)[name] })).toEqual({ 'v.$': path });
  });

  test('intrinsic functions quote literals and keep paths bare', () => {
    const r = (v: unknown) => (renderJsonPathObject({ v }) as any)['v.$'];
    expect(r(JsonPath.format('Hello {} {}', JsonPath.stringAt('$.x'), "lit'q"))).toBe("States.Format('Hello {} {}', $.x, 'lit\\'q')");
    expect(r(JsonPath.array('a', 1, JsonPath.stringAt('$.b')))).toBe("States.Array('a', 1, $.b)");
    expect(r(JsonPath.arrayPartition(JsonPath.listAt('$.l'), 2))).toBe('States.ArrayPartition($.l, 2)');
    expect(r(JsonPath.arrayContains(JsonPath.listAt('$.l'), 'x'))).toBe("States.ArrayContains($.l, 'x')");
    expect(r(JsonPath.arrayRange(1, 9, 2))).toBe('States.ArrayRange(1, 9, 2)');
    expect(r(JsonPath.arrayGetItem(JsonPath.listAt('$.l'), 0))).toBe('States.ArrayGetItem($.l, 0)');
    expect(r(JsonPath.arrayLength(JsonPath.listAt('$.l')))).toBe('States.ArrayLength($.l)');
    expect(r(JsonPath.arrayUnique(JsonPath.listAt('$.l')))).toBe('States.ArrayUnique($.l)');
    expect(r(JsonPath.base64Encode(JsonPath.stringAt('$.s')))).toBe('States.Base64Encode($.s)');
    expect(r(JsonPath.base64Decode(JsonPath.stringAt('$.s')))).toBe('States.Base64Decode($.s)');
    expect(r(JsonPath.hash(JsonPath.objectAt('$.o'), 'SHA-256'))).toBe("States.Hash($.o, 'SHA-256')");
    expect(r(JsonPath.jsonMerge(JsonPath.objectAt('$.a'), JsonPath.objectAt('$.b')))).toBe('States.JsonMerge($.a, $.b, false)');
    expect(r(JsonPath.mathRandom(1, 10))).toBe('States.MathRandom(1, 10)');
    expect(r(JsonPath.mathAdd(JsonPath.numberAt('$.n'), 1))).toBe('States.MathAdd($.n, 1)');
    expect(r(JsonPath.stringSplit(JsonPath.stringAt('$.s'), ','))).toBe("States.StringSplit($.s, ',')");
    expect(r(JsonPath.uuid())).toBe('States.UUID()');
    expect(r(JsonPath.stringToJson(JsonPath.stringAt('$.j')))).toBe('States.StringToJson($.j)');
    expect(r(JsonPath.jsonToString(JsonPath.objectAt('$.o')))).toBe('States.JsonToString($.o)');
    expect(r(JsonPath.format('a\\{b\\} {}', 'c\\d'))).toBe("States.Format('a\\{b\\} {}', 'c\\\\d')");
  });

  test('isEncodedJsonPath tells tokens from plain text', () => {
    expect(JsonPath.isEncodedJsonPath(JsonPath.stringAt('$.a'))).toBe(true);
    expect(JsonPath.isEncodedJsonPath('$.a')).toBe(false);
    expect(JsonPath.isEncodedJsonPath(Token.asString({ resolve: () => 'x' } as any))).toBe(false);
  });

  test.each(['$', '$$', '$.a', '$$.Task.Token', '$[0]', "$['a b']", 'States.Format(\'{}\', $.a)', 'States.UUID()'])('accepts the path %s', (p) => {
    expect(() => JsonPath.stringAt(p)).not.toThrow();
  });

  test.each(['a.b', '', ' $.a', 'States.Nope($.a)', 'States.Format($.a', 'States.Format($.a) x', "States.Format('unterminated)"])('fails when the path is %j', (p) => {
    expect(() => JsonPath.stringAt(p)).toThrow(/JsonPath.stringAt\(path\)/);
  });

  test('listAt only takes data paths', () => {
    expect(() => JsonPath.listAt('$.l')).not.toThrow();
    expect(() => JsonPath.listAt('$$.Execution.Input')).toThrow(/must be '\$' or start with '\$\.'/);
  });

  test('jsonToString only takes a JsonPath reference', () => {
    expect(() => JsonPath.jsonToString('$.a')).toThrow(/takes a JsonPath reference/);
  });

  test('format checks its placeholders against its values', () => {
    expect(() => JsonPath.format('{} {}', 'a')).toThrow(/2 '\{\}' placeholder\(s\) but 1 value/);
  });

  test('intrinsic arguments must be paths, numbers or strings', () => {
    expect(() => JsonPath.array({ a: 1 } as any)).toThrow(/intrinsic function argument/);
  });
});

describe('payload validation', () => {
  test('fails when a path token is concatenated into a string', () => {
    expect(() => validateFields({ a: `x-${JsonPath.stringAt('$.a')}` }, "'parameters'")).toThrow(/'parameters'.a: a JsonPath reference must be the whole string value/);
  });

  test('fails when a path token is an array element', () => {
    expect(() => validateFields({ a: [JsonPath.stringAt('$.a')] }, "'parameters'")).toThrow(/'parameters'.a\[0\]: JsonPath references cannot be array elements/);
  });

  test('accepts objects holding paths inside arrays', () => {
    expect(() => validateFields({ a: [{ b: JsonPath.stringAt('$.a') }] }, "'parameters'")).not.toThrow();
  });

  test('finds referenced paths, including inside intrinsics', () => {
    expect(findReferencedPaths({ a: JsonPath.format('{}{}', JsonPath.stringAt('$.x'), JsonPath.taskToken), b: [{ c: JsonPath.stringAt('$.y') }] })).toEqual(['$$.Task.Token', '$.x', '$.y']);
    expect(pathsInExpression("States.Array(States.Format('{}', $.a), 'x,)', -1.5, $['k,)'])")).toEqual(['$.a', "$['k,)']"]);
  });

  test.each([
    [{ t: JsonPath.taskToken }, true],
    [{ t: JsonPath.entireContext }, true],
    [{ t: JsonPath.stringAt('$$.Task') }, true],
    [{ t: JsonPath.format('{}', JsonPath.taskToken) }, true],
    [{ t: '{% $states.context.Task.Token %}' }, true],
    [{ t: '{% $states.context %}' }, true],
    [{ t: '{% $states.context.Execution.Id %}' }, false],
    [{ t: JsonPath.stringAt('$$.Execution.Id') }, false],
    [{ t: '$$.Task.Token' }, false],
  ])('containsTaskToken(%j) is %s', (obj, expected) => {
    expect(containsTaskToken(obj)).toBe(expected);
  });
});
