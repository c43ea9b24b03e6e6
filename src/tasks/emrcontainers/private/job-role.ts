// The job execution role an EmrContainersStartJobRun creates, with its trust policy written out when the
// stack is built. aws-cdk-lib runs `aws emr-containers update-role-trust-policy` in a custom resource at
// deploy time; that command adds one statement, which this module writes declaratively:
// https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/iam-execution-role.html
import { createHash } from 'crypto';
import type { Construct, IConstruct } from 'constructs';
import { accountOf, formatArn } from '../../../core/arn';
import { Fn, Token } from '../../../core/cdktf';
import type { IamRole } from '../../../core/cdktf';
import { PolicyStatement } from '../../../iam/policy-statement';
import { createServiceRole } from '../../../iam/service-role';
import type { S3BucketRef } from '../../../sfn/states/distributed-map/item-reader';
import type { CloudwatchLogGroupRef, OidcProviderRef } from '../start-job-run-types';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The role name as EMR on EKS encodes it in the names of its service accounts: the name's bytes read as
 * one big-endian number, written in base 36 with lowercase letters.
 */
export function base36RoleName(roleName: string): string {
  let n = BigInt(0);
  const byte = BigInt(256);
  for (const b of Buffer.from(roleName, 'utf8')) n = n * byte + BigInt(b);
  if (n === BigInt(0)) return '0';
  const base = BigInt(36);
  let out = '';
  for (; n > BigInt(0); n /= base) out = DIGITS[Number(n % base)] + out;
  return out;
}

/**
 * A role name fixed when the stack is built (its trust policy names it): the task's id made safe for
 * IAM, and 8 hex digits of a hash of the construct path, so two tasks never share one. At most 64
 * characters.
 */
export function jobRoleName(scope: IConstruct): string {
  const readable = scope.node.id.replace(/[^\w+=,.@-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 55) || 'emr-job';
  return `${readable}-${createHash('sha256').update(scope.node.path).digest('hex').slice(0, 8)}`;
}

/** The issuer of an OIDC provider as IAM condition keys name it: its URL without `https://`. */
function issuerOf(provider: OidcProviderRef): string {
  return Token.isUnresolved(provider.url) ? Fn.replace(provider.url, 'https://', '') : provider.url.replace(/^https:\/\//, '');
}

/**
 * The trust policy of a job execution role named `roleName`: EMR on EKS and Step Functions may assume it,
 * and so may the service accounts EMR on EKS creates for it in `namespace`, through the cluster's OIDC
 * provider.
 */
export function jobRoleTrustPolicy(scope: IConstruct, provider: OidcProviderRef, namespace: string, roleName: string): Record<string, unknown> {
  const account = accountOf(scope);
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: ['emr-containers.amazonaws.com', 'states.amazonaws.com'] }, Action: 'sts:AssumeRole' },
      {
        Effect: 'Allow',
        Principal: { Federated: provider.arn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringLike: { [`${issuerOf(provider)}:sub`]: `system:serviceaccount:${namespace}:emr-containers-sa-*-*-${account}-${base36RoleName(roleName)}` },
        },
      },
    ],
  };
}

/** Creates the job execution role of `scope`, trusted as `jobRoleTrustPolicy` says. */
export function createJobRole(scope: Construct, provider: OidcProviderRef, namespace: string): IamRole {
  const roleName = jobRoleName(scope);
  return createServiceRole(scope, 'JobExecutionRole', {
    service: 'emr-containers.amazonaws.com',
    description: `Job execution role of the EMR on EKS task ${scope.node.path}`,
    name: roleName,
    roleName,
    assumeRolePolicy: jobRoleTrustPolicy(scope, provider, namespace, roleName),
  });
}

/**
 * What a job's role needs to write its logs: EMR on EKS's documented permissions for a log group and
 * for an S3 bucket.
 * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/getting-started.html
 */
export function monitoringStatements(scope: IConstruct, logGroup?: CloudwatchLogGroupRef, logBucket?: S3BucketRef): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  if (logBucket) {
    statements.push(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [`${logBucket.arn}/*`] }),
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [logBucket.arn] }),
    );
  }
  if (logGroup) {
    statements.push(
      new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], resources: [`${logGroup.arn}:*`] }),
      new PolicyStatement({ actions: ['logs:DescribeLogGroups'], resources: [formatArn(scope, { service: 'logs', resource: '*' })] }),
    );
  }
  return statements;
}
