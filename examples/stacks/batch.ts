import { BatchComputeEnvironment } from '@cdktf/provider-aws/lib/batch-compute-environment';
import { BatchJobDefinition } from '@cdktf/provider-aws/lib/batch-job-definition';
import { BatchJobQueue } from '@cdktf/provider-aws/lib/batch-job-queue';
import type { Construct } from 'constructs';
import { Duration, Size, sfn, tasks } from '../../src';
import { ExampleStack } from './common';

/**
 * The Batch example of the aws-cdk README, ported: submit a job to a Fargate queue and wait for it
 * (RUN_JOB), with parameters from the state input, container overrides, retries and a job timeout.
 */
export class BatchStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const compute = new BatchComputeEnvironment(this, 'Compute', {
      name: 'example-fargate',
      type: 'MANAGED',
      computeResources: {
        type: 'FARGATE',
        maxVcpus: 16,
        subnets: ['subnet-0123456789abcdef0'],
        securityGroupIds: ['sg-0123456789abcdef0'],
      },
    });
    const queue = new BatchJobQueue(this, 'Queue', {
      name: 'example-queue',
      priority: 1,
      state: 'ENABLED',
      computeEnvironmentOrder: [{ computeEnvironment: compute.arn, order: 1 }],
    });
    const definition = new BatchJobDefinition(this, 'Definition', {
      name: 'example-report',
      type: 'container',
      platformCapabilities: ['FARGATE'],
      parameters: { month: 'latest' },
      containerProperties: JSON.stringify({
        image: 'public.ecr.aws/docker/library/busybox:latest',
        command: ['echo', 'Ref::month'],
        resourceRequirements: [{ type: 'VCPU', value: '0.25' }, { type: 'MEMORY', value: '512' }],
        executionRoleArn: 'arn:aws:iam::123456789012:role/example-batch-execution',
      }),
    });

    const submit = new tasks.BatchSubmitJob(this, 'Submit report job', {
      jobQueueArn: queue.arn,
      jobDefinitionArn: definition.arn,
      jobName: 'monthly-report',
      payload: sfn.TaskInput.fromObject({ month: sfn.JsonPath.stringAt('$.month') }),
      containerOverrides: {
        environment: { REPORT_FORMAT: 'csv' },
        vcpus: 1,
        memory: Size.gibibytes(2),
      },
      attempts: 2,
      taskTimeout: sfn.Timeout.duration(Duration.minutes(15)),
      resultSelector: { jobId: sfn.JsonPath.stringAt('$.JobId'), status: sfn.JsonPath.stringAt('$.Status') },
      resultPath: '$.job',
    });

    new sfn.StateMachine(this, 'Reports', {
      definitionBody: sfn.DefinitionBody.fromChainable(submit),
    });
  }
}
