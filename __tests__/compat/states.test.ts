// Differential tests against aws-cdk-lib 2.276 for state names, fragments, Map, Wait and the deprecated
// props 2.276 still accepts: the same code in both libraries gives the same definition.
import * as cdk from 'aws-cdk-lib';
import * as cdkSfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { Duration, sfn } from '../../src';
import { cdkDefinition, ourDefinition } from '../util/compat';

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
});
