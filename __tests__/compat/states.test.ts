// Differential tests against aws-cdk-lib 2.276 for state names, fragments, Map, Wait and the deprecated
// props 2.276 still accepts: the same code in both libraries gives the same definition.
import * as cdk from 'aws-cdk-lib';
import * as cdkLambda from 'aws-cdk-lib/aws-lambda';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cdkTasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ACCOUNT, cdkDefinition, cdkSynth, ourDefinition, ourSynth } from '../util/compat';

// aws-cdk-lib prints a line for each deprecated API it is given; these tests use them on purpose
process.env.JSII_DEPRECATED = 'quiet';

const FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:work`;

// A fragment with a Parallel branch and a Map processor inside, written once per library.
function fragmentClass(lib: typeof sfn | typeof cdkSfn) {
  const l = lib as typeof sfn;
  return class Steps extends l.StateMachineFragment {
    public readonly startState: sfn.State;
    public readonly endStates: sfn.INextable[];
    constructor(scope: Construct, id: string) {
      super(scope, id);
      const par = new l.Parallel(this, 'Par').branch(new l.Pass(this, 'InBranch'));
      const map = new l.Map(this, 'Each').itemProcessor(new l.Pass(this, 'InMap'));
      const first = new l.Pass(this, 'First');
      first.next(par).next(map);
      this.startState = first;
      this.endStates = [map];
    }
  };
}
const OurSteps = fragmentClass(sfn);
const CdkSteps = fragmentClass(cdkSfn) as unknown as new (scope: Construct, id: string) => cdkSfn.StateMachineFragment;

describe('state names as aws-cdk-lib 2.276 renders them', () => {
  test('a construct id holding / names the state after the sanitised id; stateName stays as given', () => {
    const ours = ourDefinition((s) => new sfn.Pass(s, 'a/b').next(new sfn.Pass(s, 'c/d', { stateName: 'x/y' })));
    const theirs = cdkDefinition((s) => new cdkSfn.Pass(s, 'a/b').next(new cdkSfn.Pass(s, 'c/d', { stateName: 'x/y' })));
    expect(ours).toEqual(theirs);
    expect(Object.keys(ours.States)).toEqual(['a--b', 'x/y']);
  });

  test.each<[string, sfn.SingleStateOptions]>([
    ['no options', {}],
    ['stateId', { stateId: 'Wrapped' }],
    ['stateName', { stateName: 'Named', resultPath: '$.r' }],
    ['prefixStates', { prefixStates: 'P-' }],
    ['an empty prefixStates', { prefixStates: '' }],
  ])('StateMachineFragment.toSingleState with %s, nested branches and processors prefixed', (_name, options) => {
    const ours = ourDefinition((s) => new OurSteps(s, 'Frag').toSingleState(options));
    const theirs = cdkDefinition((s) => new CdkSteps(s, 'Frag').toSingleState(options as cdkSfn.SingleStateOptions));
    expect(ours).toEqual(theirs);
  });

  test('prefixStates prefixes the states of the fragment, not the states chained after it', () => {
    const ours = ourDefinition((s) => {
      const f = new OurSteps(s, 'Frag');
      const chain = f.next(new sfn.Pass(s, 'After'));
      f.prefixStates();
      return chain;
    });
    const theirs = cdkDefinition((s) => {
      const f = new CdkSteps(s, 'Frag');
      const chain = f.next(new cdkSfn.Pass(s, 'After'));
      f.prefixStates();
      return chain;
    });
    expect(ours).toEqual(theirs);
    expect(ours.States.After).toBeDefined();
    expect(ours.States['Frag: Par'].Branches[0].StartAt).toBe('Frag: InBranch');
  });

  test('Chain.toSingleState(id, props) wraps the chain in a Parallel scoped under its first state', () => {
    let path = '';
    const ours = ourDefinition((s) => {
      const single = sfn.Chain.start(new sfn.Pass(s, 'A')).next(new sfn.Pass(s, 'B')).toSingleState('Single', { resultPath: '$.r' });
      path = single.node.path;
      return single;
    });
    const theirs = cdkDefinition((s) => cdkSfn.Chain.start(new cdkSfn.Pass(s, 'A')).next(new cdkSfn.Pass(s, 'B')).toSingleState('Single', { resultPath: '$.r' }));
    expect(ours).toEqual(theirs);
    expect(path).toBe('test/A/Single');
  });
});

describe('Map and Wait fields as aws-cdk-lib 2.276 renders them', () => {
  test('maxConcurrency 0 (no limit) and tolerated failures 0 are not rendered', () => {
    const ours = ourDefinition((s) => new sfn.Map(s, 'M', { maxConcurrency: 0 }).itemProcessor(new sfn.Pass(s, 'I'))
      .next(new sfn.DistributedMap(s, 'D', { maxConcurrency: 0, toleratedFailureCount: 0, toleratedFailurePercentage: 0 }).itemProcessor(new sfn.Pass(s, 'J')))
      .next(sfn.Map.jsonata(s, 'N', { maxConcurrency: 0 }).itemProcessor(new sfn.Pass(s, 'K'))));
    const theirs = cdkDefinition((s) => new cdkSfn.Map(s, 'M', { maxConcurrency: 0 }).itemProcessor(new cdkSfn.Pass(s, 'I'))
      .next(new cdkSfn.DistributedMap(s, 'D', { maxConcurrency: 0, toleratedFailureCount: 0, toleratedFailurePercentage: 0 }).itemProcessor(new cdkSfn.Pass(s, 'J')))
      .next(cdkSfn.Map.jsonata(s, 'N', { maxConcurrency: 0 }).itemProcessor(new cdkSfn.Pass(s, 'K'))));
    expect(ours).toEqual(theirs);
    expect(ours.States.M.MaxConcurrency).toBeUndefined();
  });
  test('Wait.jsonPath renders inputPath and outputPath', () => {
    const ours = ourDefinition((s) => sfn.Wait.jsonPath(s, 'W', { time: sfn.WaitTime.duration(Duration.seconds(3)), inputPath: '$.a', outputPath: '$.b' }));
    const theirs = cdkDefinition((s) => cdkSfn.Wait.jsonPath(s, 'W', { time: cdkSfn.WaitTime.duration(cdk.Duration.seconds(3)), inputPath: '$.a', outputPath: '$.b' }));
    expect(ours).toEqual(theirs);
    expect(ours.States.W).toMatchObject({ InputPath: '$.a', OutputPath: '$.b' });
  });
  test('the deprecated Map.iterator() and Map parameters render Iterator and Parameters', () => {
    const ours = ourDefinition((s) => new sfn.Map(s, 'M', { parameters: { a: sfn.JsonPath.stringAt('$.a') } }).iterator(new sfn.Pass(s, 'I')));
    const theirs = cdkDefinition((s) => new cdkSfn.Map(s, 'M', { parameters: { a: cdkSfn.JsonPath.stringAt('$.a') } }).iterator(new cdkSfn.Pass(s, 'I')));
    expect(ours).toEqual(theirs);
    expect(ours.States.M.Iterator).toEqual({ StartAt: 'I', States: { I: { Type: 'Pass', End: true } } });
  });
  test('DistributedMap: mapExecutionType wins over a contradicting itemProcessor executionType, with a warning', () => {
    const ours = ourSynth((s) => new sfn.DistributedMap(s, 'M', { mapExecutionType: sfn.StateMachineType.EXPRESS })
      .itemProcessor(new sfn.Pass(s, 'I'), { mode: sfn.ProcessorMode.DISTRIBUTED, executionType: sfn.ProcessorType.STANDARD }));
    const theirs = cdkSynth((s) => new cdkSfn.DistributedMap(s, 'M', { mapExecutionType: cdkSfn.StateMachineType.EXPRESS })
      .itemProcessor(new cdkSfn.Pass(s, 'I'), { mode: cdkSfn.ProcessorMode.DISTRIBUTED, executionType: cdkSfn.ProcessorType.STANDARD }));
    expect(ours.definition).toEqual(theirs.definition);
    expect(ours.definition.States.M.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' });
    expect(theirs.warnings).toEqual([expect.stringMatching(/executionType' is ignored/)]);
    expect(ours.warnings).toEqual([expect.stringMatching(/'executionType' STANDARD is ignored; .* 'mapExecutionType' \(EXPRESS\)/)]);
  });
});

describe('deprecated task props timeout and heartbeat', () => {
  const seconds = (n: number) => ({ ours: Duration.seconds(n), theirs: cdk.Duration.seconds(n) });

  test.each<[string, any, any]>([
    ['alone', { timeout: 'd30', heartbeat: 'd10' }, {}],
    ['beside taskTimeout/heartbeatTimeout durations: the deprecated ones win', { timeout: 'd30', heartbeat: 'd10', taskTimeout: 't60', heartbeatTimeout: 't20' }, {}],
    ['beside JSONata expressions: the deprecated ones win', { timeout: 'd30', heartbeat: 'd10', taskTimeout: 'j{% $t %}', heartbeatTimeout: 'j{% $h %}' }, {}],
  ])('%s', (_name, spec) => {
    const props = (lib: 'ours' | 'theirs') => {
      const out: any = {};
      for (const [k, v] of Object.entries<string>(spec)) {
        const n = Number(v.slice(1));
        if (v[0] === 'd') out[k] = seconds(n)[lib];
        else if (v[0] === 't') out[k] = (lib === 'ours' ? sfn.Timeout : cdkSfn.Timeout).duration(seconds(n)[lib] as any);
        else out[k] = (lib === 'ours' ? sfn.Timeout : cdkSfn.Timeout).jsonata(v.slice(1));
      }
      return out;
    };
    const ours = ourDefinition((s) => new tasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: { arn: FN }, ...props('ours') }));
    const theirs = cdkDefinition((s) => new cdkTasks.LambdaInvoke(s, 'Invoke', { lambdaFunction: cdkLambda.Function.fromFunctionArn(s, 'Fn', FN), ...props('theirs') }));
    expect(ours).toEqual(theirs);
    expect(ours.States.Invoke).toMatchObject({ TimeoutSeconds: 30, HeartbeatSeconds: 10 });
  });
});
