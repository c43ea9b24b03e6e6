import type { Construct } from 'constructs';
import { Duration, sfn } from '../../src';
import { ExampleStack } from './common';

/**
 * The "Paths" and "Parameters" examples of the aws-cdk README, ported: InputPath, Parameters with
 * references to the input and the context object, ResultPath, OutputPath, intrinsic functions.
 */
export class PathsStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

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
