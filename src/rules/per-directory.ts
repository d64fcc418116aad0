import type { Directory } from "./directory.ts";

/**
 * What is worked out from a directory once and kept while that directory lives: an import makes
 * a new directory object, and with it everything built afresh.
 */
export function perDirectory<T>(build: (dir: Directory) => T): (dir: Directory) => T {
  const kept = new WeakMap<Directory, T>();
  return (dir) => {
    let found = kept.get(dir);
    if (found === undefined) {
      found = build(dir);
      kept.set(dir, found);
    }
    return found;
  };
}
