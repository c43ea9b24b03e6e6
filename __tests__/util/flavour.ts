// Which CDK-for-Terraform runtime the suite runs on: cdktf (`npm run unit:cdktf`, jest.config.js) or CDK
// Terrain (`npm run unit:cdktn`, jest.cdktn.config.js maps every cdktf import to cdktn). Tests that run
// the built package outside jest (from plain JavaScript, from its tarball, its bin/ commands) take the
// package of the flavour from here.
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const cdktn = process.env.SFN_FLAVOUR === 'cdktn';

export interface Flavour {
  /** 'cdktf' or 'cdktn'. */
  readonly name: 'cdktf' | 'cdktn';
  /** The core package: `cdktf` or `cdktn`. */
  readonly core: string;
  /** The AWS provider package. */
  readonly provider: string;
  /** The CLI package that synthesizes an app. */
  readonly cli: string;
  /** Our package's name. */
  readonly packageName: string;
  /** The directory of our built package (package.json, lib/, bin/). */
  readonly packageDir: string;
  /** The build command that writes packageDir. */
  readonly build: string;
}

export const FLAVOUR: Flavour = cdktn
  ? { name: 'cdktn', core: 'cdktn', provider: '@cdktn/provider-aws', cli: 'cdktn-cli', packageName: 'cdktn-stepfunctions', packageDir: path.join(root, 'dist', 'cdktn'), build: 'npm run build:cdktn' }
  : { name: 'cdktf', core: 'cdktf', provider: '@cdktf/provider-aws', cli: 'cdktf-cli', packageName: 'cdktf-stepfunctions', packageDir: root, build: 'npm run build' };

/** The path of one of our bin/ commands in the flavour's package, by its cdktf name. */
export function binPath(command: string): string {
  return path.join(FLAVOUR.packageDir, 'bin', command.replace(/^cdktf-/, `${FLAVOUR.name}-`));
}
