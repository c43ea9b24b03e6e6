// The library has every task class of aws-cdk-lib 2.276's aws-stepfunctions-tasks, and the README's task
// table, docs/TASKS.md and the benchmark's every-class workload name each of them.
import * as fs from 'fs';
import * as path from 'path';
import { TaskStateBase } from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { sfn, tasks } from '../../src';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

// aws-cdk-lib's task classes: the classes of the module that extend its TaskStateBase, without the
// deprecated generations (their names start with Run/Invoke, or they are the old EvaluateExpression
// helper classes: none of those extend TaskStateBase).
const cdkTaskNames = Object.entries(cdkTasks)
  .filter(([, value]) => typeof value === 'function' && value.prototype instanceof TaskStateBase)
  .map(([name]) => name)
  .sort();
const ourTaskNames = Object.entries(tasks)
  .filter(([, value]) => typeof value === 'function' && (value as any).prototype instanceof sfn.TaskStateBase)
  .map(([name]) => name)
  .sort();

describe('the task classes', () => {
  test('are the 48 of aws-cdk-lib 2.276, under the same names', () => {
    expect(cdkTaskNames).toHaveLength(48);
    expect(ourTaskNames).toEqual(cdkTaskNames);
  });

  test('each has a row in the README task table', () => {
    const table = read('README.md').split('\n').filter((line) => line.startsWith('| `'));
    const missing = ourTaskNames.filter((name) => !table.some((row) => new RegExp(`\`${name}\``).test(row.split('|')[1])));
    expect(missing).toEqual([]);
  });

  test('each appears in docs/TASKS.md', () => {
    const text = read('docs/TASKS.md');
    expect(ourTaskNames.filter((name) => !new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });
});
