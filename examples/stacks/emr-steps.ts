import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The EMR examples of the aws-cdk README that act on a running cluster, ported: a nightly run on a
 * cluster named by a Terraform variable (protect it, grow the core group, run a Spark step as a runtime
 * role and wait for it, shrink the group again), and a JSONata teardown of a cluster the state input
 * names (cancel a step, drop the Spot capacity, lift the protection, terminate and wait).
 */
export class EmrStepsStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const clusterId = new TerraformVariable(this, 'emr_cluster_id', {
      type: 'string',
      description: 'ID of the running EMR cluster the nightly run uses (j-...)',
    }).stringValue;
    // the role the Spark step runs as; EMR assumes it from the cluster's instance profile role
    const stepRole = new IamRole(this, 'StepRuntimeRole', {
      name: 'example-emr-step-runtime',
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:role/EMR_EC2_DefaultRole' },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
        }],
      }),
    });

    const protect = new tasks.EmrSetClusterTerminationProtection(this, 'Protect cluster', {
      clusterId,
      terminationProtected: true,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const grow = new tasks.EmrModifyInstanceGroupByName(this, 'Grow core group', {
      clusterId,
      instanceGroupName: 'core',
      instanceGroup: { instanceCount: sfn.JsonPath.numberAt('$.coreNodes') },
      resultPath: sfn.JsonPath.DISCARD,
    });
    const step = new tasks.EmrAddStep(this, 'Aggregate day', {
      clusterId,
      name: 'aggregate-day',
      jar: 'command-runner.jar',
      args: ['spark-submit', '--deploy-mode', 'cluster', 's3://example-jobs/aggregate.py'],
      properties: { 'spark.executor.memory': '4g' },
      actionOnFailure: tasks.ActionOnFailure.CONTINUE,
      executionRoleArn: stepRole.arn,
      resultPath: '$.step',
    });
    const shrink = new tasks.EmrModifyInstanceGroupByName(this, 'Shrink core group', {
      clusterId,
      instanceGroupName: 'core',
      instanceGroup: {
        instanceCount: 1,
        shrinkPolicy: { decommissionTimeout: Duration.minutes(10) },
      },
      resultPath: sfn.JsonPath.DISCARD,
    });
    step.addCatch(shrink, { resultPath: '$.error' });
    new sfn.StateMachine(this, 'Nightly', {
      definitionBody: sfn.DefinitionBody.fromChainable(protect.next(grow).next(step).next(shrink)),
    });

    const cancel = tasks.EmrCancelStep.jsonata(this, 'Cancel running step', {
      clusterId: '{% $states.input.clusterId %}',
      stepId: '{% $states.input.stepId %}',
      outputs: '{% $states.input %}',
    });
    const dropSpot = tasks.EmrModifyInstanceFleetByName.jsonata(this, 'Drop Spot capacity', {
      clusterId: '{% $states.input.clusterId %}',
      instanceFleetName: 'task',
      targetOnDemandCapacity: 0,
      targetSpotCapacity: 0,
      outputs: '{% $states.input %}',
    });
    const unprotect = tasks.EmrSetClusterTerminationProtection.jsonata(this, 'Lift protection', {
      clusterId: '{% $states.input.clusterId %}',
      terminationProtected: false,
      outputs: '{% $states.input %}',
    });
    const terminate = tasks.EmrTerminateCluster.jsonata(this, 'Terminate cluster', {
      clusterId: '{% $states.input.clusterId %}',
    });
    new sfn.StateMachine(this, 'Teardown', {
      queryLanguage: sfn.QueryLanguage.JSONATA,
      definitionBody: sfn.DefinitionBody.fromChainable(cancel.next(dropSpot).next(unprotect).next(terminate)),
    });
  }
}
