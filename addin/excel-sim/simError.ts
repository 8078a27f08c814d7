/** Error codes the simulator raises, spelled as Office.js spells them. */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidOperationInCellEditMode";

/**
 * An error shaped like Office.js's `OfficeExtension.Error` (`name` "RichApi.Error", `code`, `message`,
 * `debugInfo.errorLocation`), so code written for Excel handles the simulator's errors unchanged.
 */
export class SimError extends Error {
  override name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: SimErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  /** The same error, told where it happened (e.g. `Range.values`), as Office.js reports it after a failed sync. */
  at(errorLocation: string): SimError {
    return new SimError(this.code, this.message, this.debugInfo.errorLocation ?? errorLocation);
  }
}

/** The error Office.js throws when a proxy property is read before `load()` and `sync()`. */
export function propertyNotLoaded(property: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
