// Pure rendering pieces shared by the state classes. Nothing here validates: constructors already did.
import { renderJsonPathObject } from '../../render/json-path';
import { classifyPathValue } from '../../render/tokens';
import type { CatchTransition, State } from '../states/state';
import type { RetryProps } from '../types';
import { Errors, QueryLanguage } from '../types';

/** The language a state's fields are written in: its own, else the state machine's, else JSONPath. */
export function effectiveLanguage(stateLanguage?: QueryLanguage, topLevel?: QueryLanguage): QueryLanguage {
  return stateLanguage ?? topLevel ?? QueryLanguage.JSON_PATH;
}

// Spread into every state: one shared empty object instead of a new one each time.
const NOTHING: object = Object.freeze({});

/** `QueryLanguage` of a state, written only where it differs from the state machine's. */
export function renderQueryLanguage(stateLanguage?: QueryLanguage, topLevel?: QueryLanguage): object {
  return stateLanguage === QueryLanguage.JSONATA && topLevel !== QueryLanguage.JSONATA ? { QueryLanguage: QueryLanguage.JSONATA } : NOTHING;
}

/** `Next` or `End`. */
export function renderNextEnd(next: State | undefined): object {
  return next ? { Next: next.stateId } : { End: true };
}

/** A path field: a JsonPath token becomes its path text, `JsonPath.DISCARD` becomes null. */
export function renderPath(path: string | undefined): string | null | undefined {
  if (path === undefined) return undefined;
  const c = classifyPathValue(path);
  return c.kind === 'discard' ? null : c.kind === 'path' ? c.path : path;
}

/** A payload (`Parameters`, `ItemSelector`, `Assign`, ...) in the state's language. */
export function renderPayload(obj: { [key: string]: any } | undefined, language: QueryLanguage): any {
  if (obj === undefined) return undefined;
  return language === QueryLanguage.JSONATA ? obj : renderJsonPathObject(obj);
}

function allLast<T extends { errors?: string[] }>(items: T[]): T[] {
  return [...items.filter((i) => !i.errors?.includes(Errors.ALL)), ...items.filter((i) => i.errors?.includes(Errors.ALL))];
}

/** `Retry` and `Catch`, with catch-alls last as Step Functions requires. */
export function renderRetryCatch(retries: RetryProps[], catches: CatchTransition[], language: QueryLanguage): object {
  if (retries.length === 0 && catches.length === 0) return NOTHING;
  const retry = allLast(retries).map((r) => ({
    ErrorEquals: r.errors,
    IntervalSeconds: r.interval?.toSeconds(),
    MaxAttempts: r.maxAttempts,
    BackoffRate: r.backoffRate,
    MaxDelaySeconds: r.maxDelay?.toSeconds(),
    JitterStrategy: r.jitterStrategy,
  }));
  const sortedCatches = [...catches.filter((c) => !c.props.errors?.includes(Errors.ALL)), ...catches.filter((c) => c.props.errors?.includes(Errors.ALL))];
  const catchJson = sortedCatches.map((c) => ({
    ErrorEquals: c.props.errors,
    Next: c.next.stateId,
    ResultPath: language === QueryLanguage.JSONATA ? undefined : renderPath(c.props.resultPath),
    Output: language === QueryLanguage.JSONATA ? c.props.outputs : undefined,
    Assign: renderPayload(c.props.assign, language),
  }));
  return {
    Retry: retry.length > 0 ? retry : undefined,
    Catch: catchJson.length > 0 ? catchJson : undefined,
  };
}
