/**
 * Memoises an async loader by key for the length of a build, so every page that asks gets the
 * same result from one computation. In development it loads afresh each time, so edits show up.
 */
export function perBuild<Value>(load: (key: string) => Promise<Value>): (key: string) => Promise<Value> {
  const cache = new Map<string, Promise<Value>>();
  return (key) => {
    if (import.meta.env.DEV) return load(key);
    let value = cache.get(key);
    if (!value) cache.set(key, (value = load(key)));
    return value;
  };
}
