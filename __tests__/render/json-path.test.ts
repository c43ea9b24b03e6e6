import * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import { Token } from 'cdktf';
import { sfn } from '../../src';
import { pathsInExpression } from '../../src/render/intrinsics';
import { containsTaskToken, findReferencedPaths, renderJsonPathObject, validateFields } from '../../src/render/json-path';
import { newStack } from '../util/synth';

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

  test.each([
    "States.Array('it\\'s', 'a \\{\\} b', 'back\\\\slash', '\\u00e9', '', 'a, b)')",
    'States.Array(0, -1, 1.5, -0.25, 2e3, 1E-2, 7.5e+1)',
    'States.Array(true, false, null)',
    'States.Array($, $$, $.a, $$.Execution.Id, $$.Map.Item.Value, $items, $items.x[0], $[0], $.a[?(@.b == 1)])',
    "States.Format('{} {}', States.JsonToString($.a), States.ArrayGetItem(States.StringSplit($.s, ','), 0))",
    'States.Array( $.a ,1 )', 'States.JsonMerge($.a, $.b, false)', 'States.ArrayContains($.l, true)', 'States.UUID( )',
  ])('the intrinsic reader accepts %s', (p) => {
    expect(() => JsonPath.stringAt(p)).not.toThrow();
  });

  test.each([
    ['a.b', /must be '\$', '\$\$'/], ['', /must be '\$'/], [' $.a', /must be '\$'/],
    ['States.Nope($.a)', /unknown intrinsic function States.Nope/], ['States.Array(States.Nope())', /unknown intrinsic function States.Nope \(known: .*\) at index 13/],
    ['States.Format($.a', /unexpected end of the expression, expected '\)'/], ['States.Format($.a) x', /unexpected characters after the expression/],
    ["States.Format('unterminated)", /unterminated string/], ['States.Array(tru)', /expected true, false or null/],
    ['States.Array(nil)', /expected true, false or null/], ['States.Array(truely)', /expected true, false or null/],
    ['States.Array(01)', /expected ',' or '\)'/], ['States.Array(1.)', /expected ',' or '\)'/], ['States.Array(-)', /expected a number/],
    ['States.Array("double")', /expected a path, a function call/], ['States.Array(a)', /expected a path, a function call/],
    ['States.Array($#)', /expected '.' or '\[' after the start of a path/], ['States.Array($$$)', /expected '.' or '\['/],
    ["States.Array($['a)", /unterminated bracket or quote in a path/], ['States.Array(1,)', /expected a path, a function call/],
    ['States.Array', /expected '\('/], ['$.a b', /unexpected characters after the expression/],
  ])('fails when the path is %j', (p, message) => {
    expect(() => JsonPath.stringAt(p)).toThrow(/JsonPath.stringAt\(path\)/);
    expect(() => JsonPath.stringAt(p)).toThrow(message);
  });

  test.each(['$.l', '$', '$[0]', '$items', '$items.x[0]', '$$.Execution.Input.items', '$$'])('listAt takes the reference path %s, as aws-cdk-lib does', (p) => {
    expect(renderJsonPathObject({ l: JsonPath.listAt(p) })).toEqual({ 'l.$': p });
    expect(new cdk.Stack().resolve(cdkSfn.JsonPath.listAt(p))).toEqual(p);
  });

  test.each(['items', '', "States.Array('a')"])('listAt refuses %j, as aws-cdk-lib does', (p) => {
    expect(() => JsonPath.listAt(p)).toThrow(/JsonPath.listAt\(path\) must be/);
    expect(() => cdkSfn.JsonPath.listAt(p)).toThrow();
  });

  test('jsonToString only takes a JsonPath reference', () => {
    expect(() => JsonPath.jsonToString('$.a')).toThrow(/takes a JsonPath reference/);
  });

  test('format checks the placeholders of a literal format string against its values', () => {
    expect(() => JsonPath.format('{} {}', 'a')).toThrow(/2 '\{\}' placeholder\(s\) but 1 value/);
    expect(() => JsonPath.format('\\{\\} {}', 'a')).not.toThrow();
  });

  test('format takes a format string read from a path, which Step Functions checks when it runs', () => {
    const formatted = JsonPath.format(JsonPath.stringAt('$.Format'), JsonPath.stringAt('$.Name'));
    expect(renderJsonPathObject({ v: formatted })).toEqual({ 'v.$': 'States.Format($.Format, $.Name)' });
    expect(() => validateFields({ v: formatted }, "'parameters'")).not.toThrow();
    expect(renderJsonPathObject({ v: JsonPath.format(JsonPath.stringAt('$.Format')) })).toEqual({ 'v.$': 'States.Format($.Format)' });
    expect(new cdk.Stack().resolve(cdkSfn.JsonPath.format(cdkSfn.JsonPath.stringAt('$.Format'), cdkSfn.JsonPath.stringAt('$.Name')))).toBe('States.Format($.Format, $.Name)');
  });

  test('jsonMerge and arrayContains with a boolean are valid payload values', () => {
    const merged = JsonPath.jsonMerge(JsonPath.objectAt('$.a'), JsonPath.objectAt('$.b'));
    const contains = JsonPath.arrayContains(JsonPath.listAt('$.l'), true);
    expect(() => validateFields({ merged, contains }, "'parameters'")).not.toThrow();
    expect(renderJsonPathObject({ merged, contains })).toEqual({ 'merged.$': 'States.JsonMerge($.a, $.b, false)', 'contains.$': 'States.ArrayContains($.l, true)' });
    expect(findReferencedPaths({ merged, contains })).toEqual(['$.a', '$.b', '$.l']);
  });

  test('a null argument is refused, as aws-cdk-lib refuses it', () => {
    expect(() => JsonPath.arrayContains(JsonPath.listAt('$.l'), null)).toThrow(/intrinsic function argument must be a JsonPath reference, a number, a boolean or a literal string, got null/);
    expect(() => cdkSfn.JsonPath.arrayContains(cdkSfn.JsonPath.listAt('$.l'), null)).toThrow();
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

  test.each([
    [{ 'key.$': '$.x' }], [{ 'key.$': "States.Format('{}', $.x)" }], [{ a: { 'b.$': '$$.Execution.Id' } }], [{ list: [{ 'c.$': '$var' }] }],
    [{ 'key.$': Token.asString({ resolve: () => '$.x' } as any) }], [{ 'key.$': undefined }],
  ])('accepts the literal path field %j', (payload) => {
    expect(() => validateFields(payload, "'parameters'")).not.toThrow();
  });

  test.each<[object, RegExp]>([
    [{ 'key.$': 'not-a-path' }, /'parameters'.key.\$ must be '\$', '\$\$', .*; got "not-a-path"/],
    [{ a: { 'b.$': 'States.Format($.x' } }, /'parameters'.a.b.\$ is not a valid path or intrinsic function expression/],
    [{ list: [{ 'c.$': 42 }] }, /'parameters'.list\[0\].c.\$: a field whose name ends in '.\$' must hold a path or an intrinsic function call as a string, got 42/],
    [{ 'key.$': JsonPath.stringAt('$.x') }, /'parameters'.key.\$: a field whose name ends in '.\$' takes the path as text \('\$.x'\); with a JsonPath token \(got "\$.x"\), drop the '.\$'/],
  ])('fails for the literal path field %j', (payload, message) => {
    expect(() => validateFields(payload, "'parameters'")).toThrow(message);
  });

  test('a state refuses a literal path field that holds no path, naming the state and the field', () => {
    expect(() => new sfn.Pass(newStack(), 'P', { parameters: { 'key.$': 'not-a-path' } })).toThrow(/^test\/P: 'parameters'.key.\$ must be/);
    expect(() => new sfn.Pass(newStack(), 'Q', { parameters: { 'key.$': '$.x' } })).not.toThrow();
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
