// A provider resource returns a new token each time one of its attributes is read, and cdktf captures a
// full stack trace for every token it creates (30 to 70 µs, more the deeper the call). Tasks read the
// attributes of the resources they reference through a caching view: a function called by a thousand
// states costs one token per attribute, not thousands, and that token records no stack trace.
import type { IResolvable, IResolveContext } from './cdktf';
import { TerraformResource, TerraformStack, Token } from './cdktf';
import { mapFor } from './maps';

const RESOURCE_ATTRIBUTE = Symbol.for('cdktf-stepfunctions.ResourceAttribute');

/**
 * An attribute of a provider resource (`aws_lambda_function.fn.arn`). In the resource's own stack it
 * resolves to the address cdktf itself writes; from another stack it hands over to cdktf's reference,
 * which sets up the cross-stack output as usual.
 */
class ResourceAttribute implements IResolvable {
  public readonly creationStack: string[] = [];
  public readonly [RESOURCE_ATTRIBUTE] = true;
  private crossStack?: IResolvable;

  constructor(private readonly resource: TerraformResource, private readonly attribute: string) {}

  public resolve(context: IResolveContext): unknown {
    const r = this.resource;
    const stack = r.cdktfStack;
    if (TerraformStack.of(context.scope) !== stack) {
      this.crossStack ??= r.interpolationForAttribute(this.attribute);
      return context.resolve(this.crossStack);
    }
    const resourceAddress = `${r.terraformResourceType}.${r.friendlyUniqueId}`;
    mapFor(seen, stack).set(resourceAddress, r);
    const address = `${resourceAddress}${r.forEach ? '.*' : ''}.${this.attribute}`;
    return context.suppressBraces ? address : `\${${address}}`;
  }

  public toString(): string {
    return Token.asString(this);
  }
}

// The resources whose attributes have been written, by stack and address (`aws_lambda_function.fn`), so
// that size estimates find them without walking the construct tree.
const seen = new WeakMap<TerraformStack, Map<string, TerraformResource>>();

/** The resource at `address` in `stack`, if one of its attributes has been resolved through cachedRef. */
export function resourceSeenAt(stack: TerraformStack, address: string): TerraformResource | undefined {
  return seen.get(stack)?.get(address);
}

const views = new WeakMap<object, object>();

/** A view of `ref` that reads each attribute once and returns the same value afterwards. */
export function cachedRef<T extends object>(ref: T): T {
  const known = views.get(ref);
  if (known) return known as T;
  const values = new Map<PropertyKey, unknown>();
  // The provider's attribute getters call `this.interpolationForAttribute`; given this receiver they get
  // a ResourceAttribute instead of cdktf's Reference. Every other getter reads the resource as it is. (A
  // proxy, not an object inheriting from the resource: V8 reshapes any object that becomes a prototype.)
  let receiver: object = ref;
  if (TerraformResource.isTerraformResource(ref)) {
    const attribute = (name: string) => new ResourceAttribute(ref, name);
    receiver = new Proxy(ref, { get: (target, key) => (key === 'interpolationForAttribute' ? attribute : Reflect.get(target, key)) });
  }
  const view = new Proxy(ref, {
    get(target, key) {
      if (!values.has(key)) values.set(key, Reflect.get(target, key, receiver));
      return values.get(key);
    },
  });
  views.set(ref, view);
  views.set(view, view);
  return view;
}

/**
 * Resolves `token` as cdktf would. An attribute read through cachedRef resolves to its address directly,
 * without cdktf's generic resolution (a context per token, the result resolved again).
 */
export function resolveToken(token: IResolvable, context: IResolveContext): unknown {
  return (token as { [RESOURCE_ATTRIBUTE]?: boolean })[RESOURCE_ATTRIBUTE] === true ? token.resolve(context) : context.resolve(token);
}
