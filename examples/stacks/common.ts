import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { AssetType, TerraformAsset, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';

/** A stack with the AWS provider, as every example needs. */
export class ExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
  }
}

/** Lambda functions whose code is examples/lambda, zipped at synth time. */
export class ExampleFunctions {
  private readonly role: IamRole;
  private readonly code: TerraformAsset;

  constructor(private readonly scope: Construct) {
    this.role = new IamRole(scope, 'FunctionRole', {
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    this.code = new TerraformAsset(scope, 'FunctionCode', { path: path.join(__dirname, '..', 'lambda'), type: AssetType.ARCHIVE });
  }

  /** A function named `name`. */
  public create(id: string, name: string): LambdaFunction {
    return new LambdaFunction(this.scope, id, {
      functionName: name,
      role: this.role.arn,
      handler: 'index.handler',
      runtime: 'nodejs20.x',
      filename: this.code.path,
      sourceCodeHash: this.code.assetHash,
    });
  }
}
