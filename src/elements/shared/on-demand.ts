/**
 * A module an element loads on demand: validation, evaluation, the view model and the words of
 * problems, which a page's bundler puts in a chunk of their own. An entry that imports the module
 * up front (`policy-indicators`, the CDN bundles, a server render) provides it at once, so nothing
 * waits there.
 */
export interface OnDemand<T> {
  /** The module once loaded or provided, else undefined. */
  get(): T | undefined;
  /** Called by the module itself when it is evaluated, however it was imported. */
  provide(value: T): void;
  /** Loads the module, once per page; a failed load (a network error) is tried again on the next call. */
  load(): Promise<T>;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let provided: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => provided,
    provide(value) {
      provided = value;
    },
    load() {
      if (provided) return Promise.resolve(provided);
      loading ??= importer().then(
        (value) => (provided = value),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      );
      return loading;
    },
  };
}
