import { describe, expect, test } from "vitest";
import { resources } from "./resources";

/** Every key path in a nested resource object, with the shape of its value. */
function keys(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("UI strings exist in both languages", () => {
  test("the same namespaces", () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.nl).sort());
  });
  for (const namespace of Object.keys(resources.nl) as (keyof typeof resources.nl)[]) {
    test(`namespace "${namespace}": every key (and list length) in Dutch is in English and back`, () => {
      const nl = keys(resources.nl[namespace]).sort();
      const en = keys(resources.en[namespace]).sort();
      expect(
        en.filter((k) => !nl.includes(k)),
        "in English only",
      ).toEqual([]);
      expect(
        nl.filter((k) => !en.includes(k)),
        "in Dutch only",
      ).toEqual([]);
    });
    test(`namespace "${namespace}": no empty strings`, () => {
      const empty = (v: unknown, path: string): string[] =>
        typeof v === "string"
          ? v.trim()
            ? []
            : [path]
          : v && typeof v === "object"
            ? Object.entries(v).flatMap(([k, x]) => empty(x, `${path}.${k}`))
            : [];
      expect([...empty(resources.nl[namespace], "nl"), ...empty(resources.en[namespace], "en")]).toEqual([]);
    });
  }
});
