import { lostFeatures } from "./lostFeatures";
import { openZip } from "./zipArchive";

/** What a file is, judged by its bytes, and what of it an ExcelJS copy would lose. */
export interface XlsxInspection {
  /** `encrypted`: a password-protected .xlsx; `xls`: the old binary format; `not-xlsx`: anything else that is no workbook. */
  kind: "xlsx" | "encrypted" | "xls" | "not-xlsx";
  /** Human-readable names of what ExcelJS cannot carry into an output copy, e.g. `["charts", "pivot tables"]`. */
  features: string[];
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Tells an .xlsx from a password-protected one, an old .xls and anything else by magic bytes, and lists what ExcelJS would lose. */
export function inspectXlsx(bytes: Uint8Array): XlsxInspection {
  if (startsWith(bytes, CFB_MAGIC)) {
    const encrypted = containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage");
    return { kind: encrypted ? "encrypted" : "xls", features: [] };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return { kind: "not-xlsx", features: [] };
  const zip = openZip(bytes);
  if (zip === null || !zip.has("[Content_Types].xml") || !zip.has("xl/workbook.xml")) {
    return { kind: "not-xlsx", features: [] };
  }
  return { kind: "xlsx", features: lostFeatures(zip) };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, "utf16le"));
}
