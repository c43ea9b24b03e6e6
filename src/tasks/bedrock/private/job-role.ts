import type { IConstruct } from 'constructs';
import { formatArn } from '../../../core/arn';
import { PolicyStatement } from '../../../iam/policy-statement';
import type { BedrockCreateModelCustomizationJobOptions } from '../create-model-customization-job';

/**
 * What the role created for a model customization job may do: read the training and validation data,
 * read and write the output, and (in a VPC) manage the network interfaces Bedrock tags as its own.
 * `jobs` is the ARN pattern of the account's customization jobs.
 */
export function jobRolePolicies(scope: IConstruct, props: BedrockCreateModelCustomizationJobOptions, jobs: string): PolicyStatement[] {
  const bucketAndObjects = (arn: string) => [arn, `${arn}/*`];
  const readBuckets = [props.trainingData.bucket.arn, ...(props.validationData ?? []).map((v) => v.bucket.arn)];
  return [
    ...vpcPolicies(scope, props, jobs),
    new PolicyStatement({
      actions: ['s3:GetObject', 's3:ListBucket'],
      resources: [...readBuckets, ...readBuckets.map((arn) => `${arn}/*`)],
    }),
    new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], resources: bucketAndObjects(props.outputData.bucket.arn) }),
  ];
}

function vpcPolicies(scope: IConstruct, props: BedrockCreateModelCustomizationJobOptions, jobs: string): PolicyStatement[] {
  const vpc = props.vpcConfig;
  if (!vpc) return [];
  const ec2 = (resource: string, name: string) => formatArn(scope, { service: 'ec2', resource, resourceName: name });
  const interfaces = ec2('network-interface', '*');
  const subnets = vpc.subnets.map((s) => ec2('subnet', s.id));
  return [
    new PolicyStatement({
      actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'],
      resources: ['*'],
    }),
    new PolicyStatement({
      actions: ['ec2:CreateNetworkInterface'],
      resources: [interfaces],
      conditions: {
        StringEquals: { 'aws:RequestTag/BedrockManaged': ['true'] },
        ArnEquals: { 'aws:RequestTag/BedrockModelCustomizationJobArn': [jobs] },
      },
    }),
    new PolicyStatement({
      actions: ['ec2:CreateNetworkInterface'],
      resources: [...vpc.securityGroups.map((g) => ec2('security-group', g.id)), ...subnets],
    }),
    new PolicyStatement({
      actions: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission'],
      resources: ['*'],
      conditions: {
        ArnEquals: { 'ec2:Subnet': subnets, 'ec2:ResourceTag/BedrockModelCustomizationJobArn': [jobs] },
        StringEquals: { 'ec2:ResourceTag/BedrockManaged': 'true' },
      },
    }),
    new PolicyStatement({
      actions: ['ec2:CreateTags'],
      resources: [interfaces],
      conditions: {
        'StringEquals': { 'ec2:CreateAction': ['CreateNetworkInterface'] },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'] },
      },
    }),
  ];
}
