// Every service in the generated code has its client in KithClient, with
// every method; a proto package added later without a client fails here.
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import type { DescService } from "@bufbuild/protobuf";
import { expect, it } from "vitest";

import * as messages from "../src/messages.js";
import { createKithClient, kithServices } from "../src/node.js";

const genDir = fileURLToPath(new URL("../src/gen", import.meta.url));

async function generatedModules(): Promise<Record<string, unknown>[]> {
  const files = (await readdir(genDir, { recursive: true })).filter((f) => f.endsWith("_pb.ts"));
  expect(files.length).toBeGreaterThan(0);
  const here = fileURLToPath(new URL(".", import.meta.url));
  return Promise.all(files.map((file) => import("./" + relative(here, join(genDir, file)))));
}

async function generatedServices(): Promise<DescService[]> {
  const services: DescService[] = [];
  for (const mod of await generatedModules()) {
    for (const value of Object.values(mod)) {
      if (value && typeof value === "object" && (value as { kind?: unknown }).kind === "service") {
        services.push(value as DescService);
      }
    }
  }
  return services;
}

it("has a client for every generated service, with every method", async () => {
  const generated = (await generatedServices()).map((s) => s.typeName).sort();
  expect(generated).toContain("kith.identity.v1.AuthService");
  expect(Object.values(kithServices).map((s) => s.typeName).sort()).toEqual(generated);

  const client = createKithClient("http://127.0.0.1:1") as unknown as Record<string, Record<string, unknown>>;
  for (const [name, service] of Object.entries(kithServices)) {
    for (const method of service.methods) {
      expect(typeof client[name]?.[method.localName], `${name}.${method.localName}`).toBe("function");
    }
  }
});

it("exports every generated package as a namespace", async () => {
  const namespaces = Object.values(messages as Record<string, unknown>).filter((v) => v && typeof v === "object");
  for (const mod of await generatedModules()) {
    const [name, file] = Object.entries(mod).find(([key]) => key.startsWith("file_"))!;
    expect(
      namespaces.some((ns) => (ns as Record<string, unknown>)[name] === file),
      `${name} has no namespace in src/messages.ts`,
    ).toBe(true);
  }
});
