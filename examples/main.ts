import { App } from 'cdktf';
import { ApiGatewayStack } from './stacks/apigateway';
import { AthenaStack } from './stacks/athena';
import { BatchStack } from './stacks/batch';
import { DynamoStack } from './stacks/dynamodb';
import { HttpStack } from './stacks/http';
import { AwsSdkStack } from './stacks/aws-sdk';
import { EventBridgeStack } from './stacks/eventbridge';
import { EksStack } from './stacks/eks';
import { EcsStack } from './stacks/ecs';
import { EmrStack } from './stacks/emr';
import { EmrStepsStack } from './stacks/emr-steps';
import { EmrContainersStack } from './stacks/emr-containers';
import { AwsSdkCrossRegionStack } from './stacks/aws-sdk-cross-region';
import { EvaluateExpressionStack } from './stacks/evaluate-expression';
import { GlueStack } from './stacks/glue';
import { JobPollerStack } from './stacks/job-poller';
import { LambdaStack } from './stacks/lambda';
import { MessagingStack } from './stacks/messaging';
import { PathsStack } from './stacks/paths';
import { SageMakerStack } from './stacks/sagemaker';
import { StepFunctionsStack } from './stacks/stepfunctions';
import { CodeBuildStack } from './stacks/codebuild';
import { MediaConvertStack } from './stacks/mediaconvert';
import { BedrockStack } from './stacks/bedrock';

/** Every example stack, by the name `cdktf synth` gives it. */
export const EXAMPLES = {
  'paths': PathsStack,
  'lambda': LambdaStack,
  'dynamodb': DynamoStack,
  'messaging': MessagingStack,
  'stepfunctions': StepFunctionsStack,
  'job-poller': JobPollerStack,
  'apigateway': ApiGatewayStack,
  'http': HttpStack,
  'aws-sdk': AwsSdkStack,
  'eventbridge': EventBridgeStack,
  'evaluate-expression': EvaluateExpressionStack,
  'aws-sdk-cross-region': AwsSdkCrossRegionStack,
  'batch': BatchStack,
  'eks': EksStack,
  'ecs': EcsStack,
  'emr': EmrStack,
  'emr-steps': EmrStepsStack,
  'emr-containers': EmrContainersStack,
  'athena': AthenaStack,
  'glue': GlueStack,
  'sagemaker': SageMakerStack,
  'codebuild': CodeBuildStack,
  'mediaconvert': MediaConvertStack,
  'bedrock': BedrockStack,
};

if (require.main === module) {
  const app = new App();
  for (const [name, Stack] of Object.entries(EXAMPLES)) new Stack(app, name);
  app.synth();
}
