// Every generated message type, schema (for `create(Schema, init)`), enum and
// service descriptor, under one import. Names do not collide across packages.
export * from "./gen/kith/identity/v1/identity_pb.js";
export * from "./gen/kith/devices/v1/devices_pb.js";
export * from "./gen/kith/apps/v1/apps_pb.js";
export * from "./gen/kith/usage/v1/usage_pb.js";
export * from "./gen-extra/google/rpc/error_details_pb.js";
