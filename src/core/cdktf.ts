// The single doorway to cdktf and @cdktf/provider-aws. Every other module imports these names from here,
// so a move to another CDK-for-Terraform runtime (cdktn) touches one file. Provider classes are imported
// per resource: the provider's root index costs seconds and hundreds of megabytes to load.
export {
  Annotations,
  App,
  AssetType,
  Aspects,
  Fn,
  Lazy,
  Op,
  TerraformAsset,
  TerraformResource,
  TerraformStack,
  Token,
  Tokenization,
} from 'cdktf';
export type { IAspect, IResolvable, IResolveContext, TokenizedStringFragments } from 'cdktf';
export { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
export { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
export { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
export { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
export { IamRole } from '@cdktf/provider-aws/lib/iam-role';
export { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
export { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
export { SfnActivity } from '@cdktf/provider-aws/lib/sfn-activity';
export { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine';

import type * as cloudwatchLogGroupModule from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import type * as iamInstanceProfileModule from '@cdktf/provider-aws/lib/iam-instance-profile';
import type * as lambdaFunctionModule from '@cdktf/provider-aws/lib/lambda-function';
import type * as s3BucketModule from '@cdktf/provider-aws/lib/s3-bucket';
import type * as securityGroupModule from '@cdktf/provider-aws/lib/security-group';
import type * as vpcSecurityGroupEgressRuleModule from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';

// Resource classes that only some tasks create are loaded when first used, not when the library loads:
// each provider module costs a synthesis that never uses it start-up time (S3Bucket alone ~6 ms).
/** A stand-in for the class `load` returns, loading it on first use (`new`, a static member, `instanceof`). */
function lazyClass<T extends abstract new (...args: any[]) => any>(load: () => T): T {
  let real: T | undefined;
  const target = (): T => (real ??= load());
  const proxy: T = new Proxy(function lazyProviderClass() {} as unknown as T, {
    construct: (_stub, args, newTarget) => Reflect.construct(target(), args, newTarget === proxy ? target() : newTarget),
    get: (_stub, key) => Reflect.get(target(), key),
    has: (_stub, key) => Reflect.has(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
  return proxy;
}
/* eslint-disable @typescript-eslint/no-require-imports */
export type CloudwatchLogGroup = cloudwatchLogGroupModule.CloudwatchLogGroup;
export const CloudwatchLogGroup = lazyClass(() => (require('@cdktf/provider-aws/lib/cloudwatch-log-group') as typeof cloudwatchLogGroupModule).CloudwatchLogGroup);
export type IamInstanceProfile = iamInstanceProfileModule.IamInstanceProfile;
export const IamInstanceProfile = lazyClass(() => (require('@cdktf/provider-aws/lib/iam-instance-profile') as typeof iamInstanceProfileModule).IamInstanceProfile);
export type LambdaFunction = lambdaFunctionModule.LambdaFunction;
export const LambdaFunction = lazyClass(() => (require('@cdktf/provider-aws/lib/lambda-function') as typeof lambdaFunctionModule).LambdaFunction);
export type S3Bucket = s3BucketModule.S3Bucket;
export const S3Bucket = lazyClass(() => (require('@cdktf/provider-aws/lib/s3-bucket') as typeof s3BucketModule).S3Bucket);
export type SecurityGroup = securityGroupModule.SecurityGroup;
export const SecurityGroup = lazyClass(() => (require('@cdktf/provider-aws/lib/security-group') as typeof securityGroupModule).SecurityGroup);
export type VpcSecurityGroupEgressRule = vpcSecurityGroupEgressRuleModule.VpcSecurityGroupEgressRule;
export const VpcSecurityGroupEgressRule = lazyClass(() => (require('@cdktf/provider-aws/lib/vpc-security-group-egress-rule') as typeof vpcSecurityGroupEgressRuleModule).VpcSecurityGroupEgressRule);
/* eslint-enable @typescript-eslint/no-require-imports */

import type { IConstruct } from 'constructs';
import { name as frameworkPackage } from 'cdktf/package.json';

/**
 * The framework this build runs on, `cdktf` or `cdktn` (the cdktn build rewrites the import above): the
 * name of its CLI, and the prefix of our package and commands, for the messages that name them.
 */
export const FRAMEWORK: string = frameworkPackage;
import { DefaultTokenResolver, StringConcat, Token as CdktfToken, Tokenization as Tokens, type IResolveContext } from 'cdktf';

/** Resolves the tokens of `value` the way synthesis does (references become `${...}` strings). */
export function resolveValue(scope: IConstruct, value: unknown, preparing = false): any {
  return Tokens.resolve(value, { scope, preparing, resolver: new DefaultTokenResolver(new StringConcat()) });
}

/** A resolve context outside of synthesis, for rendering ahead of time what a Lazy would render. */
export function standaloneContext(scope: IConstruct): IResolveContext {
  return {
    scope,
    preparing: false,
    registerPostProcessor() {},
    resolve: (x: unknown) => resolveValue(scope, x),
  };
}

/**
 * Whether a string holds a cdktf token. Every token string holds `{TfToken[`, so most strings are settled
 * by one substring search instead of cdktf's regular expressions.
 */
export function isTokenString(value: string): boolean {
  return value.includes('{TfToken[') && CdktfToken.isUnresolved(value);
}
