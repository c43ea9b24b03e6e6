// Which definition a StateMachine was given: not part of the public API.
import type { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { DefinitionBody } from '../definition-body';
import type { IChainable } from '../types';

/** The two props a definition can come from. */
export interface DefinitionProps {
  readonly definition?: IChainable;
  readonly definitionBody?: DefinitionBody;
}

/** `definitionBody`, or the deprecated `definition` as a chain; exactly one of them must be given. */
export function definitionBodyOf(props: DefinitionProps, scope: IConstruct): DefinitionBody {
  if (props.definition !== undefined && props.definitionBody !== undefined) {
    throw new ValidationError("'definition' and 'definitionBody' cannot both be set: 'definition' is the deprecated form of 'definitionBody: DefinitionBody.fromChainable(chain)'; keep 'definitionBody'", scope);
  }
  if (props.definitionBody !== undefined) return props.definitionBody;
  if (props.definition !== undefined) return DefinitionBody.fromChainable(props.definition);
  throw new ValidationError("a state machine needs a definition: set 'definitionBody' (DefinitionBody.fromChainable(chain), fromString(json) or fromFile(path)), got neither 'definitionBody' nor 'definition'", scope);
}
