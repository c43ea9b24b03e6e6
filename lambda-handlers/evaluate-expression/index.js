// The function behind tasks.EvaluateExpression. It receives the expression the workflow's author wrote
// and the state's values, and returns what the expression evaluates to.
//
// The values are data: every state path in the expression is rewritten to an element of an array the
// expression reads at run time, and nothing from the state input is ever put into the text that is
// compiled. The event has one of two shapes:
// - JSONPath: { expression, expressionAttributeValues: { "<path>": value } }, the values already picked
//   out of the state input by Step Functions (`"<path>.$": "<path>"` in Parameters);
// - JSONata: { expression, input }, the whole state input, in which the handler looks the paths up.
'use strict';

// The state paths an expression may hold; the same pattern as the task class uses at synthesis.
const PATH = /\$[.[][.a-zA-Z[\]0-9-_]+/g;
// One step of a path: `.name` or `[index]`.
const STEP = /\.([A-Za-z0-9_-]+)|\[(\d+)\]/y;

/** The expression with each path replaced by `__values[i]`, and the paths in the order of `i`. */
function bindPaths(expression) {
  const paths = [];
  const code = expression.replace(PATH, (path) => {
    let index = paths.indexOf(path);
    if (index < 0) {
      index = paths.length;
      paths.push(path);
    }
    return `__values[${index}]`;
  });
  return { code, paths };
}

/** The value at `path` (`$.a.b[0]`) in `input`; throws when the input has nothing there. */
function lookUp(input, path) {
  let value = input;
  STEP.lastIndex = 1;
  while (STEP.lastIndex < path.length) {
    const at = STEP.lastIndex;
    const step = STEP.exec(path);
    if (!step) throw pathError(`The path ${path} cannot be read at '${path.slice(at)}': only .name and [index] steps are supported`);
    const key = step[1] !== undefined ? step[1] : Number(step[2]);
    const holds = step[1] !== undefined
      ? value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key)
      : Array.isArray(value) && key < value.length;
    if (!holds) throw pathError(`The path ${path} was not found in the state input`);
    value = value[key];
  }
  return value;
}

function pathError(message) {
  const error = new Error(message);
  error.name = 'ExpressionPathError';
  return error;
}

/** The value of each path, from the event. */
function valuesOf(event, paths) {
  const given = event.expressionAttributeValues;
  if (given !== undefined && given !== null) {
    return paths.map((path) => {
      if (!Object.prototype.hasOwnProperty.call(given, path)) throw pathError(`No value was passed for the path ${path}`);
      return given[path];
    });
  }
  return paths.map((path) => lookUp(event.input, path));
}

/** Evaluates the event's expression; a syntax error or an exception of the expression is thrown as it is. */
function evaluate(event) {
  if (typeof event !== 'object' || event === null || typeof event.expression !== 'string') {
    throw new TypeError("The event must be an object with a string 'expression'");
  }
  const { code, paths } = bindPaths(event.expression);
  const values = valuesOf(event, paths);
  return new Function('__values', '__code', 'return eval(__code);')(values, code);
}

exports.bindPaths = bindPaths;
exports.lookUp = lookUp;
exports.evaluate = evaluate;
exports.handler = async (event) => evaluate(event);
