import { readFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";
import { openZip } from "../zipArchive";

/**
 * Made by LibreOffice 7 (UNO script): sheet "Data" with a chart, a rectangle with text, a picture, a comment on
 * empty D2 and one on B2, a whole-number validation on C2:C6, merged A8:B8, a link to Pivot!A1 in A10, names
 * MyRange (Data!$B$2:$B$6) and MyConst (42); sheet "Pivot" with a pivot table (its cache and records).
 */
const LIBREOFFICE_FEATURES = new URL(
  "../../../test/fixtures/xlsx/libreoffice-features.xlsx",
  import.meta.url,
);

/** The LibreOffice workbook above, as its file holds it (every entry deflated by LibreOffice). */
export function libreOfficeFeatures(): Uint8Array {
  return new Uint8Array(readFileSync(LIBREOFFICE_FEATURES));
}

/** What a macro-enabled workbook part is typed as. */
export const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** A stand-in for a VBA project: a compound-file signature and bytes no text decoding would keep intact. */
export const VBA_PROJECT = Uint8Array.from([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...Array.from({ length: 4088 }, (_, i) => (i * 151 + 7) % 256),
]);

/**
 * The LibreOffice workbook with what Excel adds that it lacks, written in by hand as Excel writes it:
 * conditional formatting on Data!B2:B6 (with its dxf), a hidden sheet "Hidden" with a formula, a sheet-level
 * name, and Excel's sheet titles in docProps/app.xml. Entries are deflated afresh, some with data descriptors.
 */
export function moreFeatures(): Uint8Array {
  const zip = openZip(libreOfficeFeatures());
  if (zip === null) throw new Error("fixture is no zip");
  const text = (name: string): string => zip.text(name) ?? "";
  const edits = new Map<string, string>([
    [
      "xl/worksheets/sheet1.xml",
      text("xl/worksheets/sheet1.xml").replace(
        "<dataValidations",
        '<conditionalFormatting sqref="B2:B6"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting><dataValidations',
      ),
    ],
    [
      "xl/styles.xml",
      text("xl/styles.xml").replace(
        "</cellStyles>",
        '</cellStyles><dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>',
      ),
    ],
    [
      "xl/workbook.xml",
      text("xl/workbook.xml")
        .replace("</sheets>", '<sheet name="Hidden" sheetId="3" state="hidden" r:id="rId9"/></sheets>')
        .replace(
          "</definedNames>",
          '<definedName name="Local" localSheetId="1">Pivot!$A$1</definedName></definedNames>',
        ),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>',
      ),
    ],
    [
      "[Content_Types].xml",
      text("[Content_Types].xml").replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    ],
    [
      "docProps/app.xml",
      text("docProps/app.xml").replace(
        "</Properties>",
        '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Data</vt:lpstr><vt:lpstr>Pivot</vt:lpstr><vt:lpstr>Hidden</vt:lpstr><vt:lpstr>MyRange</vt:lpstr></vt:vector></TitlesOfParts></Properties>',
      ),
    ],
  ]);
  const hidden =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><f>Data!B2*2</f><v>0</v></c></row></sheetData></worksheet>';
  const entries: [string, Uint8Array][] = zip.names.map((name) => [
    name,
    edits.has(name) ? Buffer.from(edits.get(name) ?? "") : (zip.read(name) ?? new Uint8Array()),
  ]);
  entries.push(["xl/worksheets/sheet3.xml", Buffer.from(hidden)]);
  return deflatedZip(entries, (name) => name.endsWith(".xml"));
}

/** A workbook as an `.xlsm`: a VBA project part, its relationship and content types, the workbook typed macro-enabled. */
export function asXlsm(bytes: Uint8Array): Uint8Array {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip");
  const entries: [string, Uint8Array][] = zip.names.map((name) => {
    let data = zip.read(name) ?? new Uint8Array();
    if (name === "[Content_Types].xml")
      data = Buffer.from(
        (zip.text(name) ?? "")
          .replace(
            '<Default Extension="xml"',
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
          )
          .replace(/(PartName="\/xl\/workbook.xml" ContentType=")[^"]+"/, `$1${MACRO_WORKBOOK_TYPE}"`),
      );
    if (name === "xl/_rels/workbook.xml.rels")
      data = Buffer.from(
        (zip.text(name) ?? "").replace(
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
        ),
      );
    return [name, data];
  });
  entries.push(["xl/vbaProject.bin", VBA_PROJECT]);
  return deflatedZip(entries, () => false);
}

/**
 * A zip of deflated entries (level 9, unlike the writer's 6), the ones `described` picks with their CRC and sizes
 * in a data descriptor after the data, as streaming zip writers do.
 */
export function deflatedZip(
  entries: readonly (readonly [string, Uint8Array])[],
  described: (name: string) => boolean,
): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name);
    const deflated = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const descriptor = described(name);
    const flags = 0x0800 | (descriptor ? 0x0008 : 0);
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x6000, 10);
    local.writeUInt16LE(0x5b81, 12);
    if (!descriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(deflated.length, 18);
      local.writeUInt32LE(data.length, 22);
    }
    local.writeUInt16LE(nameBytes.length, 26);
    nameBytes.copy(local, 30);
    const trailer = Buffer.alloc(descriptor ? 16 : 0);
    if (descriptor) {
      trailer.writeUInt32LE(0x08074b50, 0);
      trailer.writeUInt32LE(crc, 4);
      trailer.writeUInt32LE(deflated.length, 8);
      trailer.writeUInt32LE(data.length, 12);
    }
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x6000, 12);
    central.writeUInt16LE(0x5b81, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    nameBytes.copy(central, 46);
    locals.push(local, deflated, trailer);
    centrals.push(central);
    offset += local.length + deflated.length + trailer.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
