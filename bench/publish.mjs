// Where a bench run leaves its figures: a JSON file in bench/results/ and a block in the README
// between <!-- name:start --> and <!-- name:end --> (left alone when the README has no such block).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** "AMD EPYC, 2 cores, 24 GiB, linux 6.x, Node v20.x": the machine a figure came from. */
export function machineName() {
  return `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}`;
}

export function publish(name, jsonFile, data, markdown) {
  mkdirSync(join(root, "bench/results"), { recursive: true });
  writeFileSync(join(root, "bench/results", jsonFile), `${JSON.stringify(data, null, 2)}\n`);
  const readmePath = join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  if (pattern.test(readme))
    writeFileSync(
      readmePath,
      readme.replace(pattern, () => `<!-- ${name}:start -->\n${markdown}\n<!-- ${name}:end -->`),
    );
}
