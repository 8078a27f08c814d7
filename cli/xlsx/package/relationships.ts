import { decodeXmlText, xmlAttribute } from "./xmlText";
import { appendChildren, attributeOf, elementsOf, qualified, rootPrefixOf, withoutElements } from "./xmlTags";

/** One relationship of a `.rels` part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** True for `TargetMode="External"` (a web address, another file). */
  external: boolean;
  /** Its element's raw text. */
  text: string;
}

/** A relationship to add: its id, type and target. */
export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships a `.rels` part holds, in order. */
export function readRelationships(xml: string): Relationship[] {
  return elementsOf(xml, "Relationship", rootPrefixOf(xml)).map((element) => ({
    id: decodeXmlText(attributeOf(element.tag, "Id") ?? ""),
    type: decodeXmlText(attributeOf(element.tag, "Type") ?? ""),
    target: decodeXmlText(attributeOf(element.tag, "Target") ?? ""),
    external: attributeOf(element.tag, "TargetMode") === "External",
    text: element.text,
  }));
}

/** A `.rels` part without the relationships of `remove` (by id) and with `add` appended; the rest kept as it is. */
export function editRelationships(
  xml: string,
  remove: ReadonlySet<string>,
  add: readonly NewRelationship[],
): string {
  const prefix = rootPrefixOf(xml);
  const removed = elementsOf(xml, "Relationship", prefix).filter((element) =>
    remove.has(decodeXmlText(attributeOf(element.tag, "Id") ?? "")),
  );
  const added = add.map(
    (r) =>
      `<${qualified(prefix, "Relationship")} Id="${xmlAttribute(r.id)}" Type="${xmlAttribute(r.type)}" Target="${xmlAttribute(r.target)}"/>`,
  );
  return appendChildren(withoutElements(xml, removed), "Relationships", prefix, added.join(""));
}

/** The first id `rId<n>` that none of `taken` holds. */
export function freeRelationshipId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/** An empty relationships part, for a part that had none. */
export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
