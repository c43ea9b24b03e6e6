// The value types of aws-cdk-lib's `aws-codebuild` that the CodeBuild tasks take, and the project they start.

/** A CodeBuild project: `{ name, arn }`, satisfied by `CodebuildProject` (the provider has no project data source: write a literal for an existing project). */
export interface CodeBuildProjectRef {
  /** Name of the project (`ProjectName`). */
  readonly name: string;
  /** ARN of the project, what the state machine's role is allowed to build. */
  readonly arn: string;
}

/** Where CodeBuild reads the value of an environment variable from (aws-cdk-lib's `codebuild.BuildEnvironmentVariableType`). */
export enum BuildEnvironmentVariableType {
  /** The value itself. */
  PLAINTEXT = 'PLAINTEXT',
  /** The name of a parameter of Systems Manager Parameter Store, whose value CodeBuild reads. */
  PARAMETER_STORE = 'PARAMETER_STORE',
  /** The name or ARN of a Secrets Manager secret (with `:json-key:version` if needed), whose value CodeBuild reads. */
  SECRETS_MANAGER = 'SECRETS_MANAGER',
}

/** An environment variable of a build (aws-cdk-lib's `codebuild.BuildEnvironmentVariable`). */
export interface BuildEnvironmentVariable {
  /**
   * How CodeBuild reads `value`.
   * @default PLAINTEXT
   */
  readonly type?: BuildEnvironmentVariableType;
  /**
   * The value, the parameter's name or the secret's name or ARN, depending on `type`; a JsonPath
   * reference or a JSONata expression takes it from the state input.
   */
  readonly value: any;
}
