import type { ZipArchive } from "../zipArchive";
import { findPart, relationshipsPartOf, resolveTarget } from "./packagePath";
import type { ReadBudget } from "./readBudget";
import { MAX_TEXT_PART_BYTES } from "./readLimits";
import { scanPart } from "./scanPart";
import { XmlScanner, type XmlTag } from "./xmlScanner";

/** One relationship of a part: its type (a URI ending in e.g. `/worksheet`) and the part it points at. */
export interface Relationship {
  type: string;
  /** The target part's name in the archive, or null when it is external or not in the package. */
  part: string | null;
}

const ELEMENT_RELATIONSHIP = 0;
const [ID, TYPE, TARGET, TARGET_MODE] = [0, 1, 2, 3];

/**
 * The relationships of a part (`""` for the package's own) by id; empty when it has none. The part may inflate to
 * `MAX_TEXT_PART_BYTES` at most, as the package writer decodes it whole.
 */
export async function readRelationships(
  zip: ZipArchive,
  source: string,
  budget?: ReadBudget,
): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  const scanner = new XmlScanner(["Relationship"], ["Id", "Type", "Target", "TargetMode"], {
    open(tag: XmlTag) {
      if (tag.element !== ELEMENT_RELATIONSHIP) return;
      const id = tag.value(ID);
      const target = tag.value(TARGET);
      if (id === null || target === null) return;
      const external = tag.value(TARGET_MODE) === "External";
      relationships.set(id, {
        type: tag.value(TYPE) ?? "",
        part: external ? null : findPart(zip, resolveTarget(source, target)),
      });
    },
    close() {},
    text() {},
  });
  await scanPart(zip, relationshipsPartOf(source), scanner, { limit: MAX_TEXT_PART_BYTES, budget });
  return relationships;
}

/** The first part a relationship of the given type (matched by the end of its URI, e.g. `/styles`) points at. */
export function partOfType(relationships: Map<string, Relationship>, type: string): string | null {
  for (const relationship of relationships.values()) {
    if (relationship.part !== null && relationship.type.endsWith(type)) return relationship.part;
  }
  return null;
}
