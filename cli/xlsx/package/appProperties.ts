import { decodeXmlText, xmlText } from "./xmlText";
import { attributeOf, elementOf, elementsOf, prefixOf, qualified, splice, withAttribute } from "./xmlTags";

const VT_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

/**
 * `docProps/app.xml` with `added` sheet titles appended to its worksheet titles (the heading group whose titles
 * are the workbook's sheets, whatever the language names it), its count and the vector size raised to match.
 * Unchanged when nothing is added or no such group is found (LibreOffice writes none).
 */
export function withSheetTitles(
  xml: string,
  sheetNames: readonly string[],
  added: readonly string[],
): string {
  if (added.length === 0) return xml;
  const vt = prefixOf(xml, [VT_NAMESPACE]);
  const headings = elementOf(xml, "HeadingPairs");
  const titles = elementOf(xml, "TitlesOfParts");
  if (vt === undefined || headings === undefined || titles === undefined) return xml;
  const headingVector = elementOf(headings.text, "vector", vt);
  const titleVector = elementOf(titles.text, "vector", vt);
  if (headingVector === undefined || titleVector === undefined) return xml;
  const variants = elementsOf(headingVector.inner, "variant", vt);
  const lpstrs = elementsOf(titleVector.inner, "lpstr", vt);
  const known = new Set(sheetNames);

  let best: { group: number; first: number; count: number; matches: number } | undefined;
  let first = 0;
  for (let group = 0; 2 * group + 1 < variants.length; group++) {
    const count = Number(/>\s*(\d+)\s*</.exec(variants[2 * group + 1]?.inner ?? "")?.[1] ?? NaN);
    if (!Number.isInteger(count)) return xml;
    const matches = lpstrs
      .slice(first, first + count)
      .filter((t) => known.has(decodeXmlText(t.inner))).length;
    if (matches === count && count > 0 && (best === undefined || matches > best.matches))
      best = { group, first, count, matches };
    first += count;
  }
  if (best === undefined) return xml;

  const last = lpstrs[best.first + best.count - 1];
  if (last === undefined) return xml;
  const lpstr = qualified(vt, "lpstr");
  const newTitles = added.map((name) => `<${lpstr}>${xmlText(name)}</${lpstr}>`).join("");
  const titleInner = splice(titleVector.inner, last.end, last.end, newTitles);
  const titleSize = Number(attributeOf(titleVector.tag, "size") ?? lpstrs.length) + added.length;
  const newTitleVector = `${withAttribute(titleVector.tag, "size", String(titleSize))}${titleInner}</${qualified(vt, "vector")}>`;

  const countVariant = variants[2 * best.group + 1];
  if (countVariant === undefined) return xml;
  const newCount = countVariant.text.replace(/>\s*\d+\s*</, `>${best.count + added.length}<`);
  const headingInner = splice(headingVector.inner, countVariant.start, countVariant.end, newCount);
  const newHeadingVector = `${headingVector.tag}${headingInner}</${qualified(vt, "vector")}>`;

  const edits = [
    { element: titles, text: splice(titles.text, titleVector.start, titleVector.end, newTitleVector) },
    {
      element: headings,
      text: splice(headings.text, headingVector.start, headingVector.end, newHeadingVector),
    },
  ].sort((a, b) => b.element.start - a.element.start);
  return edits.reduce((out, { element, text }) => splice(out, element.start, element.end, text), xml);
}
