/** A tiny event channel that keeps the latest value until someone listens. */
export interface ReplayChannel<T> {
  /** Delivers to every listener, or holds the value when there is none yet. */
  emit(value: T): void;
  /** Adds a listener, first handing it a held value; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void;
}

/**
 * Creates a channel that replays only the newest undelivered value: an article opened before the
 * reader subscribed must still appear, but an older one it replaced must not flash first.
 */
export function createReplayChannel<T>(): ReplayChannel<T> {
  const listeners = new Set<(value: T) => void>();
  let held: { readonly value: T } | null = null;
  return {
    emit(value) {
      if (listeners.size === 0) {
        held = { value };
        return;
      }
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener) {
      const wrapped = (value: T): void => listener(value);
      listeners.add(wrapped);
      if (held !== null) {
        const { value } = held;
        held = null;
        wrapped(value);
      }
      return () => {
        listeners.delete(wrapped);
      };
    },
  };
}
