import DataLoader from 'dataloader';

/** Loads one value per key in a single batch; a key without a value gets null. */
export function oneByKey<V>(fetch: (keys: string[]) => Promise<V[]>, keyOf: (value: V) => string) {
  return new DataLoader<string, V | null>(async (keys) => {
    const byKey = new Map((await fetch([...keys])).map((value) => [keyOf(value), value]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Loads the values belonging to each key (children, events, …) in a single batch; none gives []. */
export function manyByKey<V>(fetch: (keys: string[]) => Promise<V[]>, keyOf: (value: V) => string) {
  return new DataLoader<string, V[]>(async (keys) => {
    const groups = new Map<string, V[]>();
    for (const value of await fetch([...keys])) {
      const group = groups.get(keyOf(value));
      if (group) group.push(value);
      else groups.set(keyOf(value), [value]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
