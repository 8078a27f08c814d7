import type { RawZipEntry, ZipArchive } from "../zipArchive";
import { partGraph, reachableFrom } from "./partGraph";
import { relsPartOf, resolveTarget } from "./partNames";
import type { Relationship } from "./relationships";

/** The parts of an input package, found by name ignoring case as OPC compares part names. */
export class PackageParts {
  private readonly byLowerName: Map<string, string>;
  /** Lower-cased names handed out by {@link freeName}, so two new parts never share one. */
  private readonly claimed = new Set<string>();

  constructor(private readonly zip: ZipArchive) {
    this.byLowerName = new Map(zip.names.map((name) => [name.toLowerCase(), name]));
  }

  /** A part's text; throws when the package lacks it. */
  text(name: string): string {
    const text = this.zip.text(name);
    if (text === null) throw new Error(`The package has no readable ${name}`);
    return text;
  }

  /** A part as stored; throws when it cannot be read. */
  raw(name: string): RawZipEntry {
    const raw = this.zip.raw(name);
    if (raw === null) throw new Error(`The package's ${name} cannot be read`);
    return raw;
  }

  /** The part a relationship of `source` with a type ending in `typeEnd` points to, when the package holds it. */
  target(source: string, relationships: readonly Relationship[], typeEnd: string): string | undefined {
    const found = relationships.find((r) => !r.external && r.type.endsWith(typeEnd));
    return found === undefined
      ? undefined
      : this.byLowerName.get(resolveTarget(source, found.target).toLowerCase());
  }

  /**
   * A part name no part holds (parts about to be removed count as free): `<stem><extension>` when `bare` and
   * free, else `<stem><n><extension>` with the smallest n ≥ 1.
   */
  freeName(stem: string, extension: string, removed: ReadonlySet<string>, bare = false): string {
    const taken = new Set(
      [...this.byLowerName.values()].filter((n) => !removed.has(n)).map((n) => n.toLowerCase()),
    );
    for (const name of this.claimed) taken.add(name);
    for (let n = bare ? 0 : 1; ; n++) {
      const name = n === 0 ? `${stem}${extension}` : `${stem}${n}${extension}`;
      if (taken.has(name.toLowerCase())) continue;
      this.claimed.add(name.toLowerCase());
      return name;
    }
  }

  /**
   * The parts that go when the workbook's relationships `ids` go: their targets and whatever only those
   * reached (a replaced sheet's comments, drawings...), with the relationship parts of each.
   */
  partsOnlyUsedBy(
    workbookName: string,
    ids: ReadonlySet<string>,
    relationship: ReadonlyMap<string, Relationship>,
  ): Set<string> {
    const graph = partGraph(this.zip.names, (name) => this.zip.text(name));
    const dropped = [...ids].flatMap((id) => {
      const r = relationship.get(id);
      const part =
        r === undefined
          ? undefined
          : this.byLowerName.get(resolveTarget(workbookName, r.target).toLowerCase());
      return part === undefined ? [] : [part];
    });
    const kept = new Map(graph);
    kept.set(
      workbookName,
      [...relationship.values()]
        .filter((r) => !r.external && !ids.has(r.id))
        .map((r) => resolveTarget(workbookName, r.target)),
    );
    const reachable = new Set([...reachableFrom(kept, [""])].map((p) => p.toLowerCase()));
    const removed = new Set<string>();
    for (const part of reachableFrom(graph, dropped)) {
      const name = this.byLowerName.get(part.toLowerCase());
      if (name === undefined || reachable.has(name.toLowerCase())) continue;
      removed.add(name);
      const rels = this.byLowerName.get(relsPartOf(name).toLowerCase());
      if (rels !== undefined) removed.add(rels);
    }
    return removed;
  }
}
