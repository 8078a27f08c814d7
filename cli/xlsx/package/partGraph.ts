import { readRelationships } from "./relationships";
import { resolveTarget, sourceOfRelsPart } from "./partNames";

/** The parts each part's relationships point to, internal ones only, by source part (`""`: the package itself). */
export type PartGraph = ReadonlyMap<string, readonly string[]>;

/** The relationship graph of a package from its `.rels` parts (`relsText` gives a `.rels` part's text). */
export function partGraph(names: readonly string[], relsText: (rels: string) => string | null): PartGraph {
  const graph = new Map<string, string[]>();
  for (const name of names) {
    const source = sourceOfRelsPart(name);
    if (source === null) continue;
    const xml = relsText(name);
    if (xml === null) continue;
    const targets = readRelationships(xml)
      .filter((r) => !r.external)
      .map((r) => resolveTarget(source, r.target));
    graph.set(source, targets);
  }
  return graph;
}

/** Every part reachable from `starts` (included) by following relationships. */
export function reachableFrom(graph: PartGraph, starts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const part = queue.pop() ?? "";
    if (seen.has(part)) continue;
    seen.add(part);
    for (const target of graph.get(part) ?? []) if (!seen.has(target)) queue.push(target);
  }
  return seen;
}
