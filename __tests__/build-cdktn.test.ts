// scripts/build-cdktn.js: the cdktn flavour differs from ours only in src/core/cdktf.ts's import
// specifiers, and its package names its peers and jsii targets in the pattern of ours.
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../scripts/build-cdktn') as { toCdktn(s: string): string; rewriteCore(text: string): string; jsiiTargets(t: unknown): any };
const root = path.join(__dirname, '..');
const ours = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('the cdktn build step', () => {
  test.each([
    ['cdktf', 'cdktn'],
    ['cdktf/lib/tokens', 'cdktn/lib/tokens'],
    ['@cdktf/provider-aws/lib/sfn-state-machine', '@cdktn/provider-aws/lib/sfn-state-machine'],
    ['@cdktf/provider-aws', '@cdktn/provider-aws'],
    ['@cdktf/hcl2json', '@cdktf/hcl2json'],
    ['cdktf-stepfunctions', 'cdktf-stepfunctions'],
    ['constructs', 'constructs'],
  ])('takes %s to %s', (from, to) => expect(build.toCdktn(from)).toBe(to));

  test('rewrites the import specifiers of src/core/cdktf.ts and nothing else', () => {
    const text = fs.readFileSync(path.join(root, 'src', 'core', 'cdktf.ts'), 'utf8');
    const out = build.rewriteCore(text);
    expect(out).not.toMatch(/(from |require\()'(cdktf|@cdktf\/provider-aws)(\/|')/);
    // the lazily loaded provider classes are required by specifier too
    expect(out).toContain("require('@cdktn/provider-aws/lib/s3-bucket')");
    // the same text once each specifier is put back
    const back = out.replace(/(from |require\()'cdktn(['/])/g, "$1'cdktf$2").replace(/(from |require\()'@cdktn\/provider-aws\//g, "$1'@cdktf/provider-aws/");
    expect(back).toBe(text);
  });

  test('refuses a core module that imports nothing from cdktf', () => {
    expect(() => build.rewriteCore("export { Construct } from 'constructs';\n")).toThrow(/imports nothing from cdktf/);
  });

  test('names every jsii target in the pattern of ours, on our Maven group and GitHub organization', () => {
    expect(build.jsiiTargets(ours.jsii.targets)).toEqual({
      python: { distName: 'cdktn-stepfunctions', module: 'cdktn_stepfunctions' },
      java: { package: 'io.github.cdktnstepfunctions', maven: { groupId: 'io.github.cdktf-stepfunctions', artifactId: 'cdktn-stepfunctions' } },
      dotnet: { namespace: 'CdktnStepFunctions', packageId: 'CdktnStepFunctions' },
      go: { moduleName: 'github.com/cdktf-stepfunctions/cdktn-stepfunctions-go', packageName: 'cdktnstepfunctions' },
    });
  });

  const built = path.join(root, 'dist', 'cdktn', 'package.json');
  (fs.existsSync(built) ? test : test.skip)('the built package peers on cdktn, its provider and constructs in the versions we test with', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const semver = require('semver') as { satisfies(v: string, r: string): boolean };
    const pkg = JSON.parse(fs.readFileSync(built, 'utf8'));
    expect(pkg.name).toBe('cdktn-stepfunctions');
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@cdktn/provider-aws', 'cdktn', 'constructs']);
    for (const [name, range] of Object.entries<string>(pkg.peerDependencies)) {
      expect(semver.satisfies(ours.devDependencies[name], range)).toBe(true);
    }
    // cdktn states the constructs it works with; our range is not wider
    expect(pkg.peerDependencies.constructs).toBe(JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'cdktn', 'package.json'), 'utf8')).peerDependencies.constructs);
    expect(Object.keys(pkg.bin)).toEqual(['cdktn-stepfunctions', 'cdktn-stepfunctions-module']);
    const assembly = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'cdktn', '.jsii'), 'utf8'));
    expect(Object.keys(assembly.dependencies).sort()).toEqual(['@cdktn/provider-aws', 'cdktn', 'constructs']);
    // nothing of the built library loads cdktf or its provider, not even on first use
    const bundle = fs.readFileSync(path.join(root, 'dist', 'cdktn', 'lib', '_bundle.js'), 'utf8');
    expect(bundle.match(/require\(["'](cdktf|@cdktf\/provider-aws)(\/[^"']*)?["']\)/g) ?? []).toEqual([]);
  });
});
