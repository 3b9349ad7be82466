import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { NODE_FLAGS } from "./node-flags.mjs";

test("npm start and npm run serve start the server with the heap limits the bench and tests use", () => {
  const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts;
  for (const name of ["start", "serve"]) expect(scripts[name]).toContain(`node ${NODE_FLAGS.join(" ")} server.mjs`);
});
