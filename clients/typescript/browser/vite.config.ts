// The browser test pages: `npx vite build --config browser/vite.config.ts`
// writes browser/dist (static files, relative URLs); `npx vite --config
// browser/vite.config.ts` serves them for a look by hand. index.html signs
// in and lists devices; survey.html answers a survey by its share link with
// no account; persona.html watches the owner's persona being made.
import { fileURLToPath } from "node:url";

import { defineConfig } from "vite";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      input: {
        index: page("index.html"),
        survey: page("survey.html"),
        persona: page("persona.html"),
      },
    },
  },
});
