import { AddinError } from "./addinError";

/** The `code` and `message` of an Office.js error (`OfficeExtension.Error`), or of anything thrown. */
function excelCode(error: unknown): { code: string; message: string } {
  const field = (name: string): string =>
    typeof error === "object" && error !== null && name in error
      ? String((error as Record<string, unknown>)[name])
      : "";
  return { code: field("code"), message: field("message") || String(error) };
}

/**
 * The host's error for whatever Excel threw: cell-edit mode → `cell-editing`; a request or response over
 * Excel on the web's 5 MB → `payload-too-large`; AccessDenied, or InvalidOperation about protection →
 * `sheet-protected`; anything else → `unknown`, keeping Excel's code and message. An AddinError passes as is.
 */
export function toAddinError(error: unknown): AddinError {
  if (error instanceof AddinError) return error;
  const { code, message } = excelCode(error);
  const options = { cause: error };
  if (code === "InvalidOperationInCellEditMode")
    return new AddinError("cell-editing", "Excel is in cell-edit mode", options);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
    return new AddinError("payload-too-large", "The data exceeds what Excel accepts in one request", options);
  if (code === "AccessDenied" || (code === "InvalidOperation" && /protect/i.test(message)))
    return new AddinError("sheet-protected", "A sheet or the workbook is protected", options);
  return new AddinError("unknown", code === "" ? message : `${code}: ${message}`, options);
}
