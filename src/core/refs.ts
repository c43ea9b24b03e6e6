// A provider resource returns a new token each time one of its attributes is read, and cdktf captures a
// full stack trace for every token it creates (about 70 µs). Tasks read the attributes of the resources
// they reference through a caching view, so that a function called by a thousand states costs one token
// per attribute, not thousands.
const views = new WeakMap<object, object>();

/** A view of `ref` that reads each attribute once and returns the same value afterwards. */
export function cachedRef<T extends object>(ref: T): T {
  const known = views.get(ref);
  if (known) return known as T;
  const values = new Map<PropertyKey, unknown>();
  const view = new Proxy(ref, {
    get(target, key) {
      if (!values.has(key)) values.set(key, Reflect.get(target, key, target));
      return values.get(key);
    },
  });
  views.set(ref, view);
  views.set(view, view);
  return view;
}
