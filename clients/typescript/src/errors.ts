// Kith's errors follow AIP-193: every status carries a google.rpc.ErrorInfo
// (domain "kith.dev", an UPPER_SNAKE reason) and INVALID_ARGUMENT also a
// google.rpc.BadRequest naming every wrong field. KithError decodes them.
import { Code, ConnectError } from "@connectrpc/connect";

import { BadRequestSchema, ErrorInfoSchema } from "./gen-extra/google/rpc/error_details_pb.js";

export { Code };

/** One wrong field of a request, e.g. `{ field: "device.name", description: "..." }`. */
export interface FieldViolation {
  field: string;
  description: string;
}

/**
 * A failed call. It is a ConnectError (so `code`, `rawMessage`, `metadata`
 * and `findDetails` work as usual) with the error details already decoded.
 * Its `name` stays "ConnectError": Connect recognises its errors by that name
 * (`ConnectError.from` would otherwise wrap it as UNKNOWN).
 */
export class KithError extends ConnectError {
  /** ErrorInfo.reason, e.g. "INVALID_ARGUMENT", "NOT_FOUND"; "" when absent. */
  readonly reason: string;
  /** ErrorInfo.domain: "kith.dev" for Kith's own errors; "" when absent. */
  readonly domain: string;
  /** ErrorInfo.metadata, e.g. `{ fields: "email,password" }`. */
  readonly errorMetadata: Readonly<Record<string, string>>;
  /** BadRequest.field_violations, in the server's order; empty when absent. */
  readonly fieldViolations: readonly FieldViolation[];

  constructor(err: ConnectError) {
    // `details` holds the incoming (still encoded) details; findDetails reads both kinds.
    super(err.rawMessage, err.code, err.metadata, err.details as ConstructorParameters<typeof ConnectError>[3], err.cause);
    const info = err.findDetails(ErrorInfoSchema)[0];
    this.reason = info?.reason ?? "";
    this.domain = info?.domain ?? "";
    this.errorMetadata = { ...(info?.metadata ?? {}) };
    this.fieldViolations = err
      .findDetails(BadRequestSchema)
      .flatMap((b) => b.fieldViolations)
      .map((v) => ({ field: v.field, description: v.description }));
  }

  /** The code's name, e.g. "InvalidArgument", "NotFound". */
  get codeName(): string {
    return Code[this.code] ?? String(this.code);
  }

  /** The wrong fields' names, e.g. ["email", "password"]. */
  get fields(): string[] {
    return this.fieldViolations.map((v) => v.field);
  }

  /** The server's x-request-id for this call, when it was sent back. */
  get requestId(): string | undefined {
    return this.metadata.get("x-request-id") ?? undefined;
  }

  // ConnectError answers `instanceof` by duck typing, which would make every
  // ConnectError a KithError; here it is the prototype chain.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(KithError, value);
  }

  /** Any thrown value as a KithError (unchanged when it already is one). */
  static override from(err: unknown): KithError {
    if (err instanceof KithError) {
      return err;
    }
    return new KithError(ConnectError.from(err));
  }
}

/** Any thrown value as a KithError: `kithError(e).fieldViolations`. */
export function kithError(err: unknown): KithError {
  return KithError.from(err);
}
