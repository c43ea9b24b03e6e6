// A state machine definition as a graph to draw: nodes (states, start and end marks, the fork and join
// of each Parallel and Map), edges (Next, Choice rules and default, Catch, branch entries) and nested
// groups (a Parallel's branches, a Map's processor). The Mermaid and Graphviz writers only lay this out.
import { ValidationError } from '../core/errors';
import { catchLabel, choiceRuleText, jsonataBody, retryLines, shorten, taskAction, waitLine } from './labels';

/** How a node is drawn. */
export type NodeShape = 'start' | 'end' | 'task' | 'pass' | 'choice' | 'wait' | 'succeed' | 'fail' | 'parallel' | 'map' | 'join';

/** One box of the diagram. */
export interface DiagramNode {
  readonly id: string;
  readonly shape: NodeShape;
  /** First line: the state's name (empty for marks). */
  readonly title: string;
  /** Further lines: what the state does, its retries. */
  readonly details: string[];
  /** The state this node stands for, if any. */
  readonly stateName?: string;
}

/** What an edge means. */
export type EdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'branch';

/** One arrow of the diagram. */
export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label?: string;
}

/** A box around the states of a Parallel branch or of a Map processor (and the Parallel itself). */
export interface DiagramGroup {
  readonly id: string;
  readonly title: string;
  readonly kind: 'parallel' | 'branch' | 'map';
  readonly nodeIds: string[];
  readonly groups: DiagramGroup[];
}

/** The whole picture. */
export interface DiagramGraph {
  readonly nodes: DiagramNode[];
  readonly edges: DiagramEdge[];
  /** Nodes outside every group. */
  readonly rootNodeIds: string[];
  readonly groups: DiagramGroup[];
}

type Json = Record<string, unknown>;

const SHAPES: Record<string, NodeShape> = {
  Task: 'task', Pass: 'pass', Choice: 'choice', Wait: 'wait', Succeed: 'succeed', Fail: 'fail', Parallel: 'parallel', Map: 'map',
};

class GraphBuilder {
  public readonly nodes: DiagramNode[] = [];
  public readonly edges: DiagramEdge[] = [];
  private counter = 0;

  public newId(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  public add(node: DiagramNode, into: string[]): string {
    this.nodes.push(node);
    into.push(node.id);
    return node.id;
  }

  /**
   * Adds the states of one scope (the machine, a branch, a processor) into `nodeIds`/`groups`, and
   * returns the node the scope starts at and the nodes whose run ends the scope.
   */
  public scope(states: Json, startAt: unknown, nodeIds: string[], groups: DiagramGroup[], where: string): { start: string; ends: string[] } {
    if (typeof startAt !== 'string' || !(startAt in states)) {
      throw new ValidationError(`${where}: StartAt ${JSON.stringify(startAt)} names no state of ${JSON.stringify(Object.keys(states))}`);
    }
    const entry = new Map<string, string>(); // state name -> node an arrow into it points at
    const exit = new Map<string, string>(); // state name -> node its arrows leave from
    for (const [name, raw] of Object.entries(states)) {
      const state = (raw ?? {}) as Json;
      const ids = this.state(name, state, nodeIds, groups, where);
      entry.set(name, ids.entry);
      exit.set(name, ids.exit);
    }
    const target = (from: string, name: unknown): string => {
      const id = typeof name === 'string' ? entry.get(name) : undefined;
      if (!id) throw new ValidationError(`${where}: state ${JSON.stringify(from)} goes to ${JSON.stringify(name)}, which is no state of this scope`);
      return id;
    };
    const ends: string[] = [];
    for (const [name, raw] of Object.entries(states)) {
      const state = (raw ?? {}) as Json;
      const from = exit.get(name)!;
      if (state.Type === 'Choice') {
        for (const rule of (state.Choices as Json[] | undefined) ?? []) {
          this.edges.push({ from, to: target(name, rule.Next), kind: 'choice', label: shorten(choiceRuleText(rule)) });
        }
        if (state.Default !== undefined) this.edges.push({ from, to: target(name, state.Default), kind: 'default', label: 'default' });
      } else if (state.Next !== undefined) {
        this.edges.push({ from, to: target(name, state.Next), kind: 'next' });
      } else if (state.End === true || state.Type === 'Succeed') {
        ends.push(from);
      }
      for (const clause of (state.Catch as Json[] | undefined) ?? []) {
        this.edges.push({ from, to: target(name, clause.Next), kind: 'catch', label: shorten(catchLabel(clause)) });
      }
    }
    return { start: entry.get(startAt)!, ends };
  }

  private state(name: string, state: Json, nodeIds: string[], groups: DiagramGroup[], where: string): { entry: string; exit: string } {
    const type = String(state.Type);
    const shape = SHAPES[type];
    if (!shape) throw new ValidationError(`${where}: state ${JSON.stringify(name)} has Type ${JSON.stringify(state.Type)}, which is no state type`);
    const details = [...detailsOf(type, state), ...retryLines(state.Retry)];
    if (type !== 'Parallel' && type !== 'Map') {
      const id = this.add({ id: this.newId('s'), shape, title: name, details, stateName: name }, nodeIds);
      return { entry: id, exit: id };
    }
    const group: DiagramGroup = { id: this.newId('g'), title: `${type}: ${name}`, kind: type === 'Map' ? 'map' : 'parallel', nodeIds: [], groups: [] };
    groups.push(group);
    const fork = this.add({ id: this.newId('s'), shape, title: name, details, stateName: name }, group.nodeIds);
    const join = this.add({ id: this.newId('j'), shape: 'join', title: '', details: [] }, group.nodeIds);
    const scopes = type === 'Map'
      ? [{ body: ((state.ItemProcessor ?? state.Iterator) ?? {}) as Json, into: group, label: 'processor' }]
      : ((state.Branches as Json[] | undefined) ?? []).map((body, i) => {
        const branch: DiagramGroup = { id: this.newId('g'), title: `branch ${i + 1}`, kind: 'branch', nodeIds: [], groups: [] };
        group.groups.push(branch);
        return { body, into: branch, label: `branch ${i + 1}` };
      });
    for (const { body, into, label } of scopes) {
      const inner = this.scope((body.States ?? {}) as Json, body.StartAt, into.nodeIds, into.groups, `${where} > ${type} ${JSON.stringify(name)} ${label}`);
      this.edges.push({ from: fork, to: inner.start, kind: 'branch' });
      for (const end of inner.ends) this.edges.push({ from: end, to: join, kind: 'next' });
    }
    return { entry: fork, exit: join };
  }
}

function detailsOf(type: string, state: Json): string[] {
  switch (type) {
    case 'Task':
      return [shorten(taskAction(state.Resource))];
    case 'Wait':
      return [shorten(waitLine(state))];
    case 'Fail': {
      const error = state.Error ?? state.ErrorPath;
      return error === undefined ? [] : [shorten(`error ${jsonataBody(String(error))}`)];
    }
    case 'Map': {
      const lines: string[] = [];
      const processor = (state.ItemProcessor ?? {}) as Json;
      const mode = ((processor.ProcessorConfig ?? {}) as Json).Mode;
      if (mode === 'DISTRIBUTED') lines.push('distributed');
      const items = state.Items ?? state.ItemsPath ?? (state.ItemReader ? 'items from ItemReader' : undefined);
      if (items !== undefined) lines.push(shorten(`items ${typeof items === 'string' ? jsonataBody(items) : JSON.stringify(items)}`));
      if (typeof state.MaxConcurrency === 'number' && state.MaxConcurrency > 0) lines.push(`max concurrency ${state.MaxConcurrency}`);
      return lines;
    }
    default:
      return [];
  }
}

/** The graph of a definition (an ASL object). Refuses a definition whose transitions name no state. */
export function definitionGraph(definition: Record<string, unknown>): DiagramGraph {
  const builder = new GraphBuilder();
  const rootNodeIds: string[] = [];
  const groups: DiagramGroup[] = [];
  const start = builder.add({ id: 'start', shape: 'start', title: '', details: [] }, rootNodeIds);
  const states = definition.States;
  if (typeof states !== 'object' || states === null) throw new ValidationError('the definition has no States');
  const scope = builder.scope(states as Json, definition.StartAt, rootNodeIds, groups, 'definition');
  const end = builder.add({ id: 'finish', shape: 'end', title: '', details: [] }, rootNodeIds);
  builder.edges.unshift({ from: start, to: scope.start, kind: 'next' });
  for (const last of scope.ends) builder.edges.push({ from: last, to: end, kind: 'next' });
  return { nodes: builder.nodes, edges: builder.edges, rootNodeIds, groups };
}
