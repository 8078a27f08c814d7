import type { ExcelNamedItem, ExcelNamedItemCollection } from "../excel/excelSubset";
import { parseAddress } from "./cellRect";
import { SimRangeProxy, type RangeTarget } from "./rangeProxy";
import { propertyNotLoaded, SimError } from "./simError";
import { Binding, loadPaths, SimProxy, unknownProperty } from "./simProxy";
import type { SimContext } from "./simContext";
import type { SimName, SimWorkbook } from "./simWorkbook";

const LOADABLE = ["name", "type", "value", "visible", "comment"];

/** The simulated `workbook.names`. */
export class SimNamedItemCollectionProxy implements ExcelNamedItemCollection {
  private loadedItems: SimNamedItemProxy[] | null = null;

  constructor(private readonly context: SimContext) {}

  get items(): SimNamedItemProxy[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames: string): SimNamedItemCollectionProxy {
    const properties = loadPaths(propertyNames).map((p) => (p[0] === "items" ? p.slice(1) : p).join("/"));
    for (const p of properties) if (!LOADABLE.includes(p)) throw unknownProperty("NamedItem", p);
    this.context.enqueue("NamedItemCollection.load", () => {
      const items = this.context.book.names.map((item) => SimNamedItemProxy.bound(this.context, item));
      const commits = items.map((item) => item.loadNow(properties));
      this.context.respond(0, () => {
        for (const commit of commits) commit();
        this.loadedItems = items;
      });
    });
    return this;
  }

  add(name: string, reference: unknown, comment = ""): SimNamedItemProxy {
    return SimNamedItemProxy.created(this.context, "NamedItemCollection.add", (book) =>
      book.addName(name, targetOf(book, reference), comment),
    );
  }

  getItemOrNullObject(name: string): SimNamedItemProxy {
    return SimNamedItemProxy.created(
      this.context,
      "NamedItemCollection.getItemOrNullObject",
      (book) => book.findName(name) ?? null,
    );
  }
}

/** The cells a name is added for: a range proxy, or a reference such as `=Sheet1!$A$1`. */
function targetOf(book: SimWorkbook, reference: unknown): RangeTarget {
  if (reference instanceof SimRangeProxy) {
    const target = reference.binding.get();
    if (target === null) throw new SimError("InvalidArgument", "The range of the name is a null object.");
    return target;
  }
  if (typeof reference === "string") {
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
    const sheet =
      m === null ? undefined : book.find(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ""));
    if (m !== null && sheet !== undefined) return { sheet, rect: parseAddress(m[3] ?? "") };
  }
  throw new SimError("InvalidArgument", "The simulator only names ranges of a sheet.");
}

/** The simulated `NamedItem`. */
export class SimNamedItemProxy extends SimProxy<SimName> implements ExcelNamedItem {
  /** A proxy bound now, inside a running operation. */
  static bound(context: SimContext, item: SimName): SimNamedItemProxy {
    const binding = new Binding<SimName>();
    binding.bind(item);
    return new SimNamedItemProxy(context, binding);
  }

  /** A proxy bound by a queued operation. */
  static created(
    context: SimContext,
    label: string,
    resolve: (book: SimWorkbook) => SimName | null,
  ): SimNamedItemProxy {
    const proxy = new SimNamedItemProxy(context, new Binding<SimName>());
    context.enqueue(label, () => {
      proxy.binding.bind(resolve(context.book));
      proxy.resolveOnSync();
    });
    return proxy;
  }

  get name(): string {
    return this.read("name");
  }

  get type(): string {
    return this.read("type");
  }

  get value(): unknown {
    return this.read("value");
  }

  get visible(): boolean {
    return this.read("visible");
  }

  set visible(visible: boolean) {
    this.queueOn("NamedItem.visible", (item) => {
      item.visible = visible;
    });
  }

  load(propertyNames: string): SimNamedItemProxy {
    const properties = loadPaths(propertyNames).map((p) => p.join("/"));
    for (const p of properties) if (!LOADABLE.includes(p)) throw unknownProperty("NamedItem", p);
    this.context.enqueue("NamedItem.load", () => this.context.respond(0, this.loadNow(properties)));
    return this;
  }

  /** Snapshots properties now (inside a running operation); the returned function makes them readable. */
  loadNow(properties: readonly string[]): () => void {
    const item = this.binding.get();
    const values = new Map<string, unknown>();
    if (item !== null) {
      for (const p of properties) {
        if (p === "name") values.set(p, item.name);
        else if (p === "type") values.set(p, item.target === null ? "Error" : "Range");
        else if (p === "value") values.set(p, this.context.book.nameValue(item));
        else if (p === "visible") values.set(p, item.visible);
        else values.set(p, item.comment);
      }
    }
    return () => this.accept(values);
  }

  delete(): void {
    this.queueOn("NamedItem.delete", (item) => this.context.book.deleteName(item));
  }

  getRangeOrNullObject(): SimRangeProxy {
    return SimRangeProxy.created(this.context, "NamedItem.getRangeOrNullObject", () => {
      const item = this.binding.get();
      return item?.target ?? null;
    });
  }
}
