import { ADDIN_ERROR_CODES, type AddinErrorCode } from "../excel/addinError";

/** The host's code on an error, matched on `error.code` (an AddinError from another bundle or frame too); anything else is `unknown`. */
export function addinErrorCode(error: unknown): AddinErrorCode {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return ADDIN_ERROR_CODES.find((known) => known === code) ?? "unknown";
}
