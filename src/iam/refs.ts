/** An IAM role: `{ arn, name }`, satisfied by `IamRole` and `DataAwsIamRole`. */
export interface IamRoleRef {
  /** ARN of the role. */
  readonly arn: string;
  /** Name of the role. */
  readonly name: string;
}

/** A KMS key: `{ arn }`, satisfied by `KmsKey` and `DataAwsKmsKey`. */
export interface KmsKeyRef {
  /** ARN of the key. */
  readonly arn: string;
}

/** An IAM managed policy: `{ arn }`, satisfied by `IamPolicy` and `DataAwsIamPolicy`. */
export interface ManagedPolicyRef {
  /** ARN of the policy. */
  readonly arn: string;
}
