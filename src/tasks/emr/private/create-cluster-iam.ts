// The roles an EmrCreateCluster task creates when it is not given them, and the statements its state
// machine's role needs. Every role goes through createServiceRole (readable name prefix, role settings);
// the AWS managed policies are attached by ARN in the stack's partition.
import type { Construct } from 'constructs';
import { accountOf, formatArn, partitionOf } from '../../../core/arn';
import { IamInstanceProfile, IamRolePolicyAttachment } from '../../../core/cdktf';
import { grantsTo } from '../../../iam/grants';
import { PolicyStatement } from '../../../iam/policy-statement';
import type { IamRoleRef } from '../../../iam/refs';
import { createServiceRole } from '../../../iam/service-role';
import { IntegrationPattern } from '../../../sfn/types';
import type { EmrCreateClusterProps } from '../create-cluster-options';
import { managedRuleStatement } from '../../private/statements';

const EMR_SERVICE = 'elasticmapreduce.amazonaws.com';
const EVENTS_RULE = 'StepFunctionsGetEventForEMRRunJobFlowRule';

/** The roles a cluster runs with, given or created. */
export interface ClusterRoles {
  readonly service: IamRoleRef;
  readonly cluster: IamRoleRef;
  /** What `JobFlowRole` names: the created instance profile, or the given role's name. */
  readonly jobFlowRole: string;
  /** Only for clusters of instance groups (or uniform instances). */
  readonly autoScaling?: IamRoleRef;
}

/** The given roles, and the ones created in `scope` for those that are not. */
export function clusterRoles(scope: Construct, props: EmrCreateClusterProps, usesFleets: boolean): ClusterRoles {
  const service = props.serviceRole ?? createdServiceRole(scope);
  let cluster = props.clusterRole;
  let jobFlowRole = cluster?.name;
  if (!cluster) {
    const role = createServiceRole(scope, 'InstanceRole', {
      service: 'ec2.amazonaws.com',
      description: `Role of the EC2 instances of the EMR clusters that ${scope.node.path} creates`,
      name: `${scope.node.id}-EmrInstance`,
    });
    // EMR takes the instance profile's name; giving it the role's keeps the pair easy to find
    const profile = new IamInstanceProfile(scope, 'InstanceProfile', { name: role.name, role: role.name });
    cluster = role;
    jobFlowRole = profile.name;
  }
  // EMR hands the instance role to the cluster's instances
  grantsTo(scope, service).add([new PolicyStatement({ actions: ['iam:PassRole'], resources: [cluster.arn] })], scope);
  const autoScaling = props.autoScalingRole ?? (usesFleets ? undefined : createdAutoScalingRole(scope));
  return { service, cluster, jobFlowRole: jobFlowRole!, autoScaling };
}

function createdServiceRole(scope: Construct): IamRoleRef {
  const role = createServiceRole(scope, 'ServiceRole', {
    service: EMR_SERVICE,
    description: `Role Amazon EMR assumes for the clusters that ${scope.node.path} creates`,
    name: `${scope.node.id}-EmrService`,
  });
  attachAwsManagedPolicy(scope, 'ServiceRolePolicy', role, 'service-role/AmazonElasticMapReduceRole');
  return role;
}

function createdAutoScalingRole(scope: Construct): IamRoleRef {
  const role = createServiceRole(scope, 'AutoScalingRole', {
    service: EMR_SERVICE,
    otherServices: ['application-autoscaling.amazonaws.com'],
    description: `Role the automatic scaling of the EMR clusters that ${scope.node.path} creates assumes`,
    name: `${scope.node.id}-EmrAutoScaling`,
  });
  attachAwsManagedPolicy(scope, 'AutoScalingRolePolicy', role, 'service-role/AmazonElasticMapReduceforAutoScalingRole');
  return role;
}

function attachAwsManagedPolicy(scope: Construct, id: string, role: IamRoleRef, name: string): void {
  new IamRolePolicyAttachment(scope, id, { role: role.name, policyArn: `arn:${partitionOf(scope)}:iam::aws:policy/${name}` });
}

/**
 * What the state machine's role needs to create the cluster, as the Step Functions documentation of
 * the EMR integration lists it (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html):
 * RunJobFlow, DescribeCluster and TerminateJobFlows, iam:PassRole on the cluster's roles, the EMR
 * cleanup service-linked role, AddTags on clusters when the request has tags, and for RUN_JOB the
 * events rule Step Functions watches the cluster with.
 */
export function createClusterPolicies(scope: Construct, pattern: IntegrationPattern, roles: ClusterRoles, tagged: boolean): PolicyStatement[] {
  const passed = [roles.service.arn, roles.cluster.arn, ...(roles.autoScaling ? [roles.autoScaling.arn] : [])];
  const statements = [
    new PolicyStatement({
      actions: ['elasticmapreduce:RunJobFlow', 'elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'],
      resources: ['*'],
    }),
    new PolicyStatement({ actions: ['iam:PassRole'], resources: passed }),
    new PolicyStatement({
      sid: 'ElasticMapReduceServiceLinkedRole',
      actions: ['iam:CreateServiceLinkedRole'],
      resources: [`arn:${partitionOf(scope)}:iam::${accountOf(scope)}:role/aws-service-role/${EMR_SERVICE}*/AWSServiceRoleForEMRCleanup*`],
      conditions: { StringEquals: { 'iam:AWSServiceName': [EMR_SERVICE, `${EMR_SERVICE}.cn`] } },
    }),
  ];
  if (tagged) {
    statements.push(new PolicyStatement({
      actions: ['elasticmapreduce:AddTags'],
      resources: [formatArn(scope, { service: 'elasticmapreduce', resource: 'cluster', resourceName: '*' })],
    }));
  }
  if (pattern === IntegrationPattern.RUN_JOB) {
    statements.push(managedRuleStatement(scope, EVENTS_RULE));
  }
  return statements;
}
