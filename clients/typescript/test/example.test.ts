// The README's example runs as written against the server under test.
import { expect, it } from "vitest";

import { basicExample } from "../examples/basic.js";
import { kithUrl, uniqueEmail } from "./helpers.js";

it("examples/basic.ts registers, uploads and reads its summary", async () => {
  const lines: string[] = [];
  const result = await basicExample(kithUrl(), uniqueEmail("example"), (line) => lines.push(line));
  expect(result.inserted).toBe(4n);
  expect(result.appTimeMs).toBe(1_800_000n);
  expect(result.screenTimeMs).toBe(5_400_000n);
  expect(lines.at(-1)).toMatch(/InvalidArgument INVALID_ARGUMENT \[device\.name, device\.personality\]/);
});
