import { posix } from "node:path";
import { decodeXmlText, xmlAttribute } from "./xmlText";
import { appendChildren, attributeOf, elementsOf, qualified, rootPrefixOf, withoutElements } from "./xmlTags";

/** The content type of a worksheet part. */
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/** The content type of the styles part. */
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The content type `[Content_Types].xml` gives a part (its Override, else the Default of its extension). */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const prefix = rootPrefixOf(xml);
  const wanted = `/${part}`.toLowerCase();
  for (const element of elementsOf(xml, "Override", prefix)) {
    if (decodeXmlText(attributeOf(element.tag, "PartName") ?? "").toLowerCase() === wanted)
      return decodeXmlText(attributeOf(element.tag, "ContentType") ?? "");
  }
  const extension = posix.extname(part).slice(1).toLowerCase();
  for (const element of elementsOf(xml, "Default", prefix)) {
    if (decodeXmlText(attributeOf(element.tag, "Extension") ?? "").toLowerCase() === extension)
      return decodeXmlText(attributeOf(element.tag, "ContentType") ?? "");
  }
  return undefined;
}

/** `[Content_Types].xml` without the Overrides of the `removed` parts and with Overrides for `added` parts appended. */
export function editContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: readonly { part: string; type: string }[],
): string {
  const prefix = rootPrefixOf(xml);
  const gone = new Set([...removed].map((part) => `/${part}`.toLowerCase()));
  const dropped = elementsOf(xml, "Override", prefix).filter((element) =>
    gone.has(decodeXmlText(attributeOf(element.tag, "PartName") ?? "").toLowerCase()),
  );
  const overrides = added
    .map(
      ({ part, type }) =>
        `<${qualified(prefix, "Override")} PartName="${xmlAttribute(`/${part}`)}" ContentType="${xmlAttribute(type)}"/>`,
    )
    .join("");
  return appendChildren(withoutElements(xml, dropped), "Types", prefix, overrides);
}
