import type { IConstruct } from 'constructs';
import { formatArn } from '../../core/arn';
import { PolicyStatement } from '../../iam/policy-statement';
import { isLiteral } from './task-utils';

const KEY_ARN = /^arn:[^:]+:kms:[^:]*:[^:]*:key\/.+$/;
const ALIAS_ARN = /^arn:([^:]+):kms:([^:]*):([^:]*):(alias\/.+)$/;

/**
 * A statement allowing `actions` on a KMS key named the way services accept it: key ARN, key id,
 * alias name or alias ARN.
 *
 * IAM only matches a key by its key ARN, never by an alias (an alias ARN as the Resource grants
 * nothing on the key), so an alias becomes "any key of that account and region" narrowed by the
 * `kms:ResourceAliases` condition. A token is used as it is: pass the key's `arn`.
 */
export function kmsKeyStatement(scope: IConstruct, keyId: string, actions: string[], conditions: { [op: string]: any } = {}): PolicyStatement {
  if (!isLiteral(keyId) || KEY_ARN.test(keyId)) {
    return new PolicyStatement({ actions, resources: [keyId], conditions });
  }
  const aliasArn = ALIAS_ARN.exec(keyId);
  if (aliasArn) {
    const [, partition, region, account, alias] = aliasArn;
    return aliasStatement(actions, `arn:${partition}:kms:${region}:${account}:key/*`, alias, conditions);
  }
  if (keyId.startsWith('alias/')) {
    return aliasStatement(actions, formatArn(scope, { service: 'kms', resource: 'key', resourceName: '*' }), keyId, conditions);
  }
  return new PolicyStatement({ actions, resources: [formatArn(scope, { service: 'kms', resource: 'key', resourceName: keyId })], conditions });
}

function aliasStatement(actions: string[], resource: string, alias: string, conditions: { [op: string]: any }): PolicyStatement {
  return new PolicyStatement({
    actions,
    resources: [resource],
    conditions: { ...conditions, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': alias } },
  });
}
