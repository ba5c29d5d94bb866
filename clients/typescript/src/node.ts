// @kith/client/node: the same typed clients for Node, over gRPC-Web (the
// default: HTTP/1.1 with Node's fetch, exactly what a browser sends) or gRPC
// on HTTP/2 (connect-node; cleartext h2c for http:// URLs), which also
// carries UsageService.UploadUsage's client stream.
//
// Why gRPC-Web goes through fetch and not connect-node's HTTP/1.1 transport:
// connect-node sends the request headers before the body, and when the server
// answers without reading the body (a call rejected for its missing or bad
// token) it closes the connection unannounced, so connect-node reports
// INTERNAL "write EPIPE" for that call or for the next one on the same
// keep-alive connection. fetch sends small requests in one piece and gets the
// server's real answer.
import { createGrpcTransport } from "@connectrpc/connect-node";
import { createGrpcWebTransport } from "@connectrpc/connect-web";

import { createKithClientFromTransport, kithInterceptors, type CommonOptions, type KithClient } from "./client.js";

export * from "./client.js";
export * from "./errors.js";
export * from "./messages.js";

export interface KithNodeClientOptions extends CommonOptions {
  /** "grpc-web" (HTTP/1.1, the default) or "grpc" (HTTP/2, needed for UploadUsage). */
  transport?: "grpc-web" | "grpc";
}

/**
 * Typed clients for every service of the Kith server at `baseUrl`
 * (e.g. "http://127.0.0.1:50051").
 */
export function createKithClient(baseUrl: string, options: KithNodeClientOptions = {}): KithClient {
  const interceptors = kithInterceptors(options);
  switch (options.transport ?? "grpc-web") {
    case "grpc-web":
      return createKithClientFromTransport(createGrpcWebTransport({ baseUrl, interceptors }));
    case "grpc":
      return createKithClientFromTransport(createGrpcTransport({ baseUrl, interceptors }));
    default:
      throw new Error(`unknown transport "${String(options.transport)}": use "grpc-web" or "grpc"`);
  }
}
