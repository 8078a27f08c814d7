import type { Lang } from "../../core/light";
import { paneText } from "../i18n/paneText";
import type { PaneTextKey } from "../i18n/paneTextKeys";
import { AddinError, type AddinErrorCode } from "../excel/addinError";
import { CodeLoadError } from "../jobLoader";

const MESSAGES: Record<Exclude<AddinErrorCode, "unknown">, PaneTextKey> = {
  "sheet-protected": "errorSheetProtected",
  "cell-editing": "errorCellEditing",
  "payload-too-large": "errorPayloadTooLarge",
  "sheet-too-large": "errorSheetTooLarge",
};

/**
 * What went wrong, for a person, in the pane's language: Excel's known refusals and a job's code that could not
 * load (offline) get a way out, anything else its own message.
 */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof CodeLoadError) return paneText(lang, "errorCodeLoad");
  if (error instanceof AddinError && error.code !== "unknown")
    return paneText(lang, MESSAGES[error.code], { sheet: error.sheet ?? "" });
  return paneText(lang, "errorUnknown", { message: errorText(error) });
}

function errorText(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string")
    return error.message;
  return String(error);
}
