import { sfn } from '../../../src';

const C = sfn.Condition;

describe('Condition factories render ASL rules', () => {
  test.each([
    ['isPresent', C.isPresent('$.a'), { Variable: '$.a', IsPresent: true }],
    ['isNotPresent', C.isNotPresent('$.a'), { Variable: '$.a', IsPresent: false }],
    ['isString', C.isString('$.a'), { Variable: '$.a', IsString: true }],
    ['isNotString', C.isNotString('$.a'), { Variable: '$.a', IsString: false }],
    ['isNumeric', C.isNumeric('$.a'), { Variable: '$.a', IsNumeric: true }],
    ['isNotNumeric', C.isNotNumeric('$.a'), { Variable: '$.a', IsNumeric: false }],
    ['isBoolean', C.isBoolean('$.a'), { Variable: '$.a', IsBoolean: true }],
    ['isNotBoolean', C.isNotBoolean('$.a'), { Variable: '$.a', IsBoolean: false }],
    ['isTimestamp', C.isTimestamp('$.a'), { Variable: '$.a', IsTimestamp: true }],
    ['isNotTimestamp', C.isNotTimestamp('$.a'), { Variable: '$.a', IsTimestamp: false }],
    ['isNull', C.isNull('$.a'), { Variable: '$.a', IsNull: true }],
    ['isNotNull', C.isNotNull('$.a'), { Variable: '$.a', IsNull: false }],
    ['booleanEquals', C.booleanEquals('$.a', true), { Variable: '$.a', BooleanEquals: true }],
    ['booleanEqualsJsonPath', C.booleanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', BooleanEqualsPath: '$.b' }],
    ['stringEquals', C.stringEquals('$.a', 'x'), { Variable: '$.a', StringEquals: 'x' }],
    ['stringEqualsJsonPath', C.stringEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', StringEqualsPath: '$.b' }],
    ['stringLessThan', C.stringLessThan('$.a', 'x'), { Variable: '$.a', StringLessThan: 'x' }],
    ['stringLessThanJsonPath', C.stringLessThanJsonPath('$.a', '$.b'), { Variable: '$.a', StringLessThanPath: '$.b' }],
    ['stringLessThanEquals', C.stringLessThanEquals('$.a', 'x'), { Variable: '$.a', StringLessThanEquals: 'x' }],
    ['stringLessThanEqualsJsonPath', C.stringLessThanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', StringLessThanEqualsPath: '$.b' }],
    ['stringGreaterThan', C.stringGreaterThan('$.a', 'x'), { Variable: '$.a', StringGreaterThan: 'x' }],
    ['stringGreaterThanJsonPath', C.stringGreaterThanJsonPath('$.a', '$.b'), { Variable: '$.a', StringGreaterThanPath: '$.b' }],
    ['stringGreaterThanEquals', C.stringGreaterThanEquals('$.a', 'x'), { Variable: '$.a', StringGreaterThanEquals: 'x' }],
    ['stringGreaterThanEqualsJsonPath', C.stringGreaterThanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', StringGreaterThanEqualsPath: '$.b' }],
    ['stringMatches', C.stringMatches('$.a', 'log-*.txt'), { Variable: '$.a', StringMatches: 'log-*.txt' }],
    ['numberEquals', C.numberEquals('$.a', 1), { Variable: '$.a', NumericEquals: 1 }],
    ['numberEqualsJsonPath', C.numberEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', NumericEqualsPath: '$.b' }],
    ['numberLessThan', C.numberLessThan('$.a', 1), { Variable: '$.a', NumericLessThan: 1 }],
    ['numberLessThanJsonPath', C.numberLessThanJsonPath('$.a', '$.b'), { Variable: '$.a', NumericLessThanPath: '$.b' }],
    ['numberLessThanEquals', C.numberLessThanEquals('$.a', 1.5), { Variable: '$.a', NumericLessThanEquals: 1.5 }],
    ['numberLessThanEqualsJsonPath', C.numberLessThanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', NumericLessThanEqualsPath: '$.b' }],
    ['numberGreaterThan', C.numberGreaterThan('$.a', -1), { Variable: '$.a', NumericGreaterThan: -1 }],
    ['numberGreaterThanJsonPath', C.numberGreaterThanJsonPath('$.a', '$.b'), { Variable: '$.a', NumericGreaterThanPath: '$.b' }],
    ['numberGreaterThanEquals', C.numberGreaterThanEquals('$.a', 0), { Variable: '$.a', NumericGreaterThanEquals: 0 }],
    ['numberGreaterThanEqualsJsonPath', C.numberGreaterThanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', NumericGreaterThanEqualsPath: '$.b' }],
    ['timestampEquals', C.timestampEquals('$.a', '2026-01-31T12:00:00Z'), { Variable: '$.a', TimestampEquals: '2026-01-31T12:00:00Z' }],
    ['timestampEqualsJsonPath', C.timestampEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', TimestampEqualsPath: '$.b' }],
    ['timestampLessThan', C.timestampLessThan('$.a', '2026-01-31T12:00:00.5+02:00'), { Variable: '$.a', TimestampLessThan: '2026-01-31T12:00:00.5+02:00' }],
    ['timestampLessThanJsonPath', C.timestampLessThanJsonPath('$.a', '$.b'), { Variable: '$.a', TimestampLessThanPath: '$.b' }],
    ['timestampLessThanEquals', C.timestampLessThanEquals('$.a', '2026-01-31T12:00:00Z'), { Variable: '$.a', TimestampLessThanEquals: '2026-01-31T12:00:00Z' }],
    ['timestampLessThanEqualsJsonPath', C.timestampLessThanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', TimestampLessThanEqualsPath: '$.b' }],
    ['timestampGreaterThan', C.timestampGreaterThan('$.a', '2026-01-31T12:00:00Z'), { Variable: '$.a', TimestampGreaterThan: '2026-01-31T12:00:00Z' }],
    ['timestampGreaterThanJsonPath', C.timestampGreaterThanJsonPath('$.a', '$.b'), { Variable: '$.a', TimestampGreaterThanPath: '$.b' }],
    ['timestampGreaterThanEquals', C.timestampGreaterThanEquals('$.a', '2026-01-31T12:00:00Z'), { Variable: '$.a', TimestampGreaterThanEquals: '2026-01-31T12:00:00Z' }],
    ['timestampGreaterThanEqualsJsonPath', C.timestampGreaterThanEqualsJsonPath('$.a', '$.b'), { Variable: '$.a', TimestampGreaterThanEqualsPath: '$.b' }],
  ])('%s', (_name, condition, expected) => {
    expect(condition.renderCondition()).toEqual(expected);
  });

  test('and, or and not nest', () => {
    const c = C.or(C.and(C.isPresent('$.a'), C.not(C.isNull('$.a'))), C.stringEquals('$$.Execution.Name', 'x'));
    expect(c.renderCondition()).toEqual({
      Or: [
        { And: [{ Variable: '$.a', IsPresent: true }, { Not: { Variable: '$.a', IsNull: true } }] },
        { Variable: '$$.Execution.Name', StringEquals: 'x' },
      ],
    });
  });

  test('jsonata renders a Condition field', () => {
    expect(C.jsonata('{% $states.input.n > 3 %}').renderCondition()).toEqual({ Condition: '{% $states.input.n > 3 %}' });
  });

  test('a JsonPath token as variable renders as its path; workflow variables are accepted', () => {
    expect(C.stringEquals(sfn.JsonPath.stringAt('$.a'), 'x').renderCondition()).toEqual({ Variable: '$.a', StringEquals: 'x' });
    expect(C.numberEquals('$counter', 3).renderCondition()).toEqual({ Variable: '$counter', NumericEquals: 3 });
  });

  test('stringMatches accepts escaped stars and backslashes', () => {
    expect(C.stringMatches('$.a', 'a\\*b\\\\c*').renderCondition()).toEqual({ Variable: '$.a', StringMatches: 'a\\*b\\\\c*' });
  });
});

describe('Condition validation', () => {
  test('fails when the variable is not a path', () => {
    expect(() => C.stringEquals('a', 'x')).toThrow(/Condition\.stringEquals\(variable\).*got "a"/);
    expect(() => C.isPresent('Variable')).toThrow(/Condition\.isPresent\(variable\)/);
  });

  test('fails when the variable is an intrinsic function', () => {
    expect(() => C.isPresent('States.ArrayLength($.a)')).toThrow(/reference path.*not an intrinsic/);
  });

  test('fails when the value of a ...JsonPath variant is not a path', () => {
    expect(() => C.stringEqualsJsonPath('$.a', 'x')).toThrow(/Condition\.stringEqualsJsonPath\(value\)/);
    expect(() => C.numberLessThanJsonPath('$.a', '3')).toThrow(/Condition\.numberLessThanJsonPath\(value\)/);
  });

  test('fails when a number is not finite', () => {
    expect(() => C.numberEquals('$.a', NaN)).toThrow(/numberEquals\(value\) must be a finite number/);
    expect(() => C.numberGreaterThan('$.a', Infinity)).toThrow(/finite/);
  });

  test('fails when a timestamp is not RFC 3339', () => {
    expect(() => C.timestampEquals('$.a', '2026-01-31')).toThrow(/timestampEquals\(value\) must be an RFC 3339 timestamp/);
    expect(() => C.timestampLessThan('$.a', '2026-01-31t12:00:00z')).toThrow(/uppercase T and Z/);
  });

  test('fails when a stringMatches pattern has a stray backslash', () => {
    expect(() => C.stringMatches('$.a', 'a\\b')).toThrow(/backslash may only escape/);
    expect(() => C.stringMatches('$.a', 'abc\\')).toThrow(/trailing backslash/);
  });

  test('fails when jsonata() is not wrapped in {% %}', () => {
    expect(() => C.jsonata('$states.input.n > 3')).toThrow(/Condition\.jsonata\(condition\) must be a JSONata expression wrapped in \{% %\}/);
  });

  test('fails when and()/or() get no condition', () => {
    expect(() => C.and()).toThrow(/Condition\.and\(\) needs at least one condition/);
    expect(() => C.or()).toThrow(/Condition\.or\(\) needs at least one condition/);
  });

  test('fails when and()/or()/not() combine JSONata conditions', () => {
    const j = C.jsonata('{% true %}');
    expect(() => C.and(j, C.isPresent('$.a'))).toThrow(/combines JSONPath conditions only/);
    expect(() => C.not(j)).toThrow(/negates JSONPath conditions only/);
  });
});
