import { constants, deflateRawSync } from "node:zlib";
import { storedZip, type ZipFixtureEntry } from "../zipFixture.testkit";

/** One worksheet of a hand-made package: its name, what goes inside `<worksheet>`, and optionally its part name and state. */
export interface FixtureSheet {
  name: string;
  /** The XML inside `<worksheet>`, e.g. `<sheetData>…</sheetData><mergeCells>…</mergeCells>`. */
  body: string;
  /** The part's name, `xl/worksheets/sheet<n>.xml` unless given. */
  part?: string;
  state?: "hidden" | "veryHidden";
}

/** A hand-made .xlsx package: its sheets, and the workbook-level parts they use. */
export interface FixtureBook {
  sheets: FixtureSheet[];
  /** The `<si>` items of the shared string table, as XML (`<t>a</t>`, `<r><t>a</t></r>`). */
  sharedStrings?: string[];
  /** Custom number formats by id, and the `numFmtId` of each cell style (`s` = its index). */
  numFmts?: [id: number, code: string][];
  cellXfs?: number[];
  date1904?: boolean;
  /** Defined names: name and what it refers to. */
  definedNames?: [name: string, refersTo: string][];
  /** Extra sheets in the workbook that are no worksheets: chart sheets (name and part). */
  chartSheets?: { name: string; part: string }[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Builds an .xlsx package by hand (stored zip), for tests that need exact XML in its parts. */
export function xlsxFixture(book: FixtureBook): Uint8Array {
  return storedZip(xlsxEntries(book));
}

/** The parts of a hand-made .xlsx package, by name, in the order they go into its zip. */
export function xlsxEntries(book: FixtureBook): ZipFixtureEntry[] {
  const sheets = book.sheets.map((sheet, i) => ({
    ...sheet,
    part: sheet.part ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
  const charts = book.chartSheets ?? [];
  const escape = (text: string): string =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const sheetList = [
    ...sheets.map(
      (sheet, i) =>
        `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`,
    ),
    ...charts.map(
      (chart, i) => `<sheet name="${escape(chart.name)}" sheetId="${100 + i}" r:id="rIdChart${i}"/>`,
    ),
  ].join("");
  const names = (book.definedNames ?? [])
    .map(([name, refersTo]) => `<definedName name="${escape(name)}">${escape(refersTo)}</definedName>`)
    .join("");
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>${sheetList}</sheets>` +
    `${names ? `<definedNames>${names}</definedNames>` : ""}</workbook>`;
  const relationships = [
    ...sheets.map(
      (sheet, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${sheet.part.replace(/^xl\//, "")}"/>`,
    ),
    ...charts.map(
      (chart, i) =>
        `<Relationship Id="rIdChart${i}" Type="${REL}/chartsheet" Target="${chart.part.replace(/^xl\//, "")}"/>`,
    ),
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
  ].join("");
  const numFmts = book.numFmts ?? [];
  const styles =
    `<styleSheet xmlns="${MAIN}">` +
    (numFmts.length
      ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`).join("")}</numFmts>`
      : "") +
    `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
    `<cellXfs>${(book.cellXfs ?? [0]).map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join("")}</cellXfs>` +
    `<dxfs count="1"><dxf><numFmt numFmtId="200" formatCode="yyyy"/></dxf></dxfs></styleSheet>`;
  const strings = book.sharedStrings ?? [];
  return [
    ["[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`],
    [
      "_rels/.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG}">${relationships}</Relationships>`],
    ["xl/styles.xml", styles],
    [
      "xl/sharedStrings.xml",
      `<sst xmlns="${MAIN}" count="${strings.length}">${strings.map((si) => `<si>${si}</si>`).join("")}</sst>`,
    ],
    ...sheets.map((sheet): ZipFixtureEntry => [
      sheet.part,
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.body}</worksheet>`,
    ]),
    ...charts.map((chart): ZipFixtureEntry => [chart.part, `<chartsheet xmlns="${MAIN}"/>`]),
  ];
}

/** One entry of a zip made byte by byte: deflated (`method` 8) or stored (0), with the inflated size it declares. */
export interface RawFixtureEntry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  declaredSize: number;
}

/** Builds a zip whose entries declare what they are told to, true or not (no CRCs): for damaged and hostile archives. */
export function rawZip(entries: readonly RawFixtureEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, method, data, declaredSize } of entries) {
    const nameBytes = encoder.encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, declaredSize, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, declaredSize, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...locals, directory, end]);
}

/** A zip of one deflated entry whose directory declares `declaredSize` as its inflated size (true or not). */
export function deflatedZip(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  return rawZip([{ name, method: 8, data: deflated, declaredSize }]);
}

/**
 * Deflated data that inflates to `megabytes` MiB of zeros, made in milliseconds without holding them: one
 * MiB deflated and flushed, repeated, then a final empty block. A zip bomb's payload.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...new Array<Buffer>(megabytes).fill(block), Buffer.from([0x03, 0x00])]);
}
