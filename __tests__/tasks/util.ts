// Helpers of the task tests.
import type { TerraformStack } from 'cdktf';
import { sfn } from '../../src';
import { synthMachine, type SynthesizedMachine } from '../util/synth';

/** `arn:<partition>` as Terraform writes it. */
export const PARTITION = '${data.aws_partition.current_partition.partition}';
/** The stack's region reference. */
export const REGION = '${data.aws_region.current_region.region}';
/** The stack's account reference. */
export const ACCOUNT = '${data.aws_caller_identity.current_account.account_id}';

/** `arn:<partition>:states:::<service>:<api>` */
export function integrationArn(serviceApi: string): string {
  return `arn:${PARTITION}:states:::${serviceApi}`;
}

/** Puts `chain` in a state machine and synthesizes the stack. */
export function machineOf(stack: TerraformStack, chain: sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): SynthesizedMachine {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain), ...props });
  return synthMachine(stack);
}
