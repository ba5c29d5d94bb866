// @kith/client: typed access to every Kith service over gRPC-Web, for
// browsers (and any runtime with fetch). It imports no Node modules; Node
// programs that want HTTP/2 gRPC use "@kith/client/node".
import { createGrpcWebTransport } from "@connectrpc/connect-web";

import { createKithClientFromTransport, kithInterceptors, type CommonOptions, type KithClient } from "./client.js";

export * from "./client.js";
export * from "./errors.js";
export * from "./messages.js";

export interface KithClientOptions extends CommonOptions {
  /** Browsers speak gRPC-Web only; "grpc" needs "@kith/client/node". */
  transport?: "grpc-web";
  /** Passed to fetch, e.g. "include" to send cookies cross-origin. */
  credentials?: RequestCredentials;
}

/**
 * Typed clients for every service of the Kith server at `baseUrl`
 * (e.g. "http://127.0.0.1:50051"), over gRPC-Web with fetch.
 */
export function createKithClient(baseUrl: string, options: KithClientOptions = {}): KithClient {
  const kind = options.transport ?? "grpc-web";
  if (kind !== "grpc-web") {
    throw new Error(`transport "${String(kind)}" needs "@kith/client/node"; browsers speak gRPC-Web only`);
  }
  return createKithClientFromTransport(
    createGrpcWebTransport({
      baseUrl,
      interceptors: kithInterceptors(options),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    }),
  );
}
