/** The map that `outer` keeps for `owner` (a stack, a resource), created empty the first time. */
export function mapFor<K extends object, IK, V>(outer: WeakMap<K, Map<IK, V>>, owner: K): Map<IK, V> {
  let inner = outer.get(owner);
  if (!inner) {
    inner = new Map();
    outer.set(owner, inner);
  }
  return inner;
}
