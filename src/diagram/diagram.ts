import { resolveValue } from '../core/cdktf';
import type { StateMachine } from '../sfn/state-machine';
import { ValidationError } from '../core/errors';
import { readDefinitionAttribute } from './definition-reader';
import { toDot } from './dot';
import { toMermaid } from './mermaid';
import { definitionGraph, type DiagramGraph } from './model';
import { toSvg } from './svg';

/**
 * A picture of a state machine: states shaped and labelled by type (tasks with the service and action
 * they call), Choice rules and the default on their edges, Catch edges dashed with the errors they catch,
 * retries noted on their state, Parallel branches and Map processors as nested boxes, start and end
 * marked. As Mermaid text (GitHub, GitLab and most wikis render it), Graphviz DOT, or a standalone SVG.
 *
 * @example
 * import type { Construct } from 'constructs';
 * import { sfn } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 *
 * const machine = new sfn.StateMachine(stack, 'Orders', {
 *   definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Start').next(new sfn.Succeed(stack, 'Done'))),
 * });
 * const diagram = sfn.StateMachineDiagram.fromStateMachine(machine);
 * const chart = diagram.toMermaid(); // flowchart TD ...
 * const svg: Promise<string> = diagram.toSvg(); // a standalone SVG document
 */
export class StateMachineDiagram {
  /** The diagram of a state machine construct's definition, as it is synthesized. */
  public static fromStateMachine(stateMachine: StateMachine): StateMachineDiagram {
    return new StateMachineDiagram(definitionGraph(resolveValue(stateMachine, stateMachine.definition())), stateMachine.node.id);
  }

  /** The diagram of an Amazon States Language definition (an object). */
  public static fromDefinition(definition: any, title?: string): StateMachineDiagram {
    if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
      throw new ValidationError(`definition: expected an Amazon States Language object, got ${typeof definition}`);
    }
    return new StateMachineDiagram(definitionGraph(definition), title);
  }

  /**
   * The diagram of a definition as text: ASL JSON (a hand-written file), or the `definition` attribute
   * of a synthesized `aws_sfn_state_machine` (`${jsonencode({...})}` or `jsonencode({...})`).
   */
  public static fromDefinitionString(text: string, title?: string): StateMachineDiagram {
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch {
      definition = readDefinitionAttribute(text);
    }
    return StateMachineDiagram.fromDefinition(definition, title);
  }

  private constructor(private readonly graph: DiagramGraph, private readonly title?: string) {}

  /** Mermaid `flowchart` text. */
  public toMermaid(): string {
    return toMermaid(this.graph);
  }

  /** Graphviz DOT source. */
  public toDot(): string {
    return toDot(this.graph, this.title);
  }

  /** A standalone SVG document, laid out by Graphviz (WebAssembly, loaded on the first call). */
  public async toSvg(): Promise<string> {
    return toSvg(this.graph, this.title);
  }

  /** @internal the graph, for tests and the writers. */
  public get _graph(): DiagramGraph {
    return this.graph;
  }
}
