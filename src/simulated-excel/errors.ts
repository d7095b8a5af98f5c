// An error the simulated Excel answers a request with: Excel's own code (ItemNotFound,
// InvalidArgument, ApiNotFound, …) and message. The backend turns it into the RichApi error body.

export class ExcelError extends Error {
  override name = "ExcelError";
  constructor(
    readonly code: string,
    message: string,
    /** The HTTP status Excel gives with the code (400 for a bad argument, 404 for a missing item, …). */
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

export const INVALID_ARGUMENT = "The argument is invalid or missing or has an incorrect format.";

export function invalidArgument(detail?: string): ExcelError {
  return new ExcelError("InvalidArgument", detail ? `${INVALID_ARGUMENT} (${detail})` : INVALID_ARGUMENT);
}

export function itemNotFound(what: string): ExcelError {
  return new ExcelError("ItemNotFound", `The requested resource doesn't exist. (${what})`, 404);
}

/** Something Excel does that this simulation does not model: a loud failure, never a silent pass. */
export function notSimulated(what: string): ExcelError {
  return new ExcelError("NotImplemented", `The simulated Excel does not model ${what}.`, 501);
}
