import { propertyNotLoaded, SimError } from "./simError";
import type { SimContext } from "./simContext";

/**
 * Which model object a proxy stands for. Like Office.js, a proxy is bound when the operation creating it
 * runs during a sync; `null` is a null object (`...OrNullObject` found nothing).
 */
export class Binding<T> {
  private state: "pending" | "bound" = "pending";
  private target: T | null = null;

  /** Binds the proxy; called by the operation that creates it. */
  bind(target: T | null): void {
    this.state = "bound";
    this.target = target;
  }

  /** The bound object, or null for a null object; throws when the creating operation never ran. */
  get(): T | null {
    if (this.state === "pending")
      throw new SimError(
        "InvalidObjectPath",
        "The object path is not valid: the operation creating the object never ran (its sync failed or never happened).",
      );
    return this.target;
  }
}

/** The property names in a `load("a, b/c")` argument, each split at `/`. */
export function loadPaths(propertyNames: string): string[][] {
  return propertyNames
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/").map((part) => part.trim()));
}

/**
 * The base of every simulated proxy: values loaded by a successful sync are readable, anything else
 * throws PropertyNotLoaded, as in Office.js.
 */
export abstract class SimProxy<T> {
  private readonly loaded = new Map<string, unknown>();
  private resolved = false;

  constructor(
    protected readonly context: SimContext,
    readonly binding: Binding<T>,
  ) {}

  /** True when the proxy stands for nothing; readable after the sync that created it. */
  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded("isNullObject");
    return this.binding.get() === null;
  }

  /** Marks the proxy's existence as known once the current sync succeeds. */
  protected resolveOnSync(): void {
    this.context.respond(0, () => {
      this.resolved = true;
    });
  }

  /** A loaded property, or PropertyNotLoaded. */
  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Makes loaded values readable (called when the sync that loaded them succeeds). */
  accept(values: ReadonlyMap<string, unknown>): void {
    for (const [key, value] of values) this.loaded.set(key, value);
    this.resolved = true;
  }

  /** Queues a load of scalar properties computed by `snapshot`; `bytes` tells what a property adds to the response. */
  protected queueLoad(
    label: string,
    properties: readonly string[],
    snapshot: (target: T, property: string) => unknown,
    bytes: (property: string, value: unknown) => number = () => 0,
  ): void {
    this.context.enqueue(label, () => {
      const target = this.binding.get();
      const values = new Map<string, unknown>();
      let size = 0;
      if (target !== null) {
        for (const property of properties) {
          const value = snapshot(target, property);
          values.set(property, value);
          size += bytes(property, value);
        }
      }
      this.context.respond(size, () => this.accept(values));
    });
  }

  /** Queues an operation on the bound object; a null object ignores it. */
  protected queueOn(label: string, run: (target: T) => void, requestBytes = 0): void {
    this.context.enqueue(
      label,
      () => {
        const target = this.binding.get();
        if (target !== null) run(target);
      },
      requestBytes,
    );
  }
}

/** Throws InvalidArgument for a property name a load does not know. */
export function unknownProperty(owner: string, property: string): SimError {
  return new SimError("InvalidArgument", `${owner} has no loadable property "${property}" in the simulator.`);
}
