/** Stable codes of the errors the Office.js host throws; the pane maps each to a localized message. */
export const ADDIN_ERROR_CODES = [
  "sheet-protected",
  "cell-editing",
  "payload-too-large",
  "sheet-too-large",
  "unknown",
] as const;

/** One of {@link ADDIN_ERROR_CODES}. */
export type AddinErrorCode = (typeof ADDIN_ERROR_CODES)[number];

/**
 * An error from the workbook host with a stable `code` (`sheet-protected`, `cell-editing`,
 * `payload-too-large`, `sheet-too-large`, `unknown`), the sheet it concerns when known, and Excel's own error as
 * `cause`.
 */
export class AddinError extends Error {
  override name = "AddinError";
  /** The sheet the error concerns, when known. */
  readonly sheet?: string;

  constructor(
    readonly code: AddinErrorCode,
    message: string,
    options: { sheet?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.sheet !== undefined) this.sheet = options.sheet;
  }
}
