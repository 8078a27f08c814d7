import { openZip } from "./zipArchive";

/** What a file is, judged by its bytes. */
export interface XlsxInspection {
  /** `encrypted`: a password-protected .xlsx; `xls`: the old binary format; `not-xlsx`: anything else that is no workbook. */
  kind: "xlsx" | "encrypted" | "xls" | "not-xlsx";
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Tells an .xlsx from a password-protected one, an old .xls and anything else by magic bytes. */
export function inspectXlsx(bytes: Uint8Array): XlsxInspection {
  return { kind: xlsxKind(bytes) };
}

/** What a file is by its bytes, as `inspectXlsx` tells it, without looking into what a copy would lose. */
export function xlsxKind(bytes: Uint8Array): XlsxInspection["kind"] {
  if (startsWith(bytes, CFB_MAGIC)) {
    const encrypted = containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage");
    return encrypted ? "encrypted" : "xls";
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return "not-xlsx";
  const zip = openZip(bytes);
  if (zip === null || !zip.has("[Content_Types].xml") || !zip.has("xl/workbook.xml")) return "not-xlsx";
  return "xlsx";
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, "utf16le"));
}
