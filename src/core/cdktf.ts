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
export { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
export { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
export { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
export { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
export { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
export { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
export { IamRole } from '@cdktf/provider-aws/lib/iam-role';
export { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
export { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
export { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
export { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
export { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
export { SfnActivity } from '@cdktf/provider-aws/lib/sfn-activity';
export { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine';
export { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';

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
