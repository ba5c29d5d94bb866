// The browser test page: `npx vite build --config browser/vite.config.ts`
// writes browser/dist (static files, relative URLs); `npx vite --config
// browser/vite.config.ts` serves it for a look by hand.
import { fileURLToPath } from "node:url";

import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
});
