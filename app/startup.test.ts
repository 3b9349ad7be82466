import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

describe("prepareApp", () => {
  it("stops start-up with a message naming the file, the id and the problem when content is broken", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nabij-startup-"));
    const content = path.join(dir, "content");
    cpSync(path.resolve(__dirname, "../content"), content, { recursive: true });
    const tips = path.join(content, "tips", "nl.yaml");
    writeFileSync(tips, readFileSync(tips, "utf8").replace("    title: Schrijf de afspraak op\n", ""));
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = content;
    try {
      const { prepareApp } = await import("./startup.server");
      await expect(prepareApp()).rejects.toThrow("content/tips/nl.yaml: tips.write-down.title: is missing");
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
      rmSync(dir, { recursive: true, force: true });
    }
    // Importing the whole start-up (database, content, workshop) takes a few seconds on a busy machine.
  }, 30_000);
});
