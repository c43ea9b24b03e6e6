import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, sfn } from '../../src';

/**
 * The "Paths" and "Parameters" examples of the aws-cdk README, ported: InputPath, Parameters with
 * references to the input and the context object, ResultPath, OutputPath, intrinsic functions.
 */
export class PathsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });

    const shape = new sfn.Pass(this, 'Shape input', {
      inputPath: '$.order',
      parameters: {
        id: sfn.JsonPath.stringAt('$.id'),
        execution: sfn.JsonPath.executionId,
        greeting: sfn.JsonPath.format('Hello {}, ${literal} %{stays}', sfn.JsonPath.stringAt('$.customer')),
        items: sfn.JsonPath.listAt('$.items'),
        note: 'quotes " backslash \\ newline \n tab \t unicode ✓',
      },
      resultPath: '$.shaped',
      outputPath: '$.shaped',
    });
    const wait = new sfn.Wait(this, 'Pause', { time: sfn.WaitTime.duration(Duration.seconds(3)) });
    const done = new sfn.Succeed(this, 'Done');

    new sfn.StateMachine(this, 'Paths', {
      definitionBody: sfn.DefinitionBody.fromChainable(shape.next(wait).next(done)),
      timeout: Duration.minutes(5),
      comment: 'Paths and parameters',
    });
  }
}
