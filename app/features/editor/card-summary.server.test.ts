// The editor's field for the visitor text (issue 14 point 6): saved, printed by the card, and a
// label refused at the field.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedOnce } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { contactView } from "~/features/directory/contact-view";
import { loadActiveService } from "~/features/directory/service-record.server";
import { useCheapHashesForTests } from "./password.server";
import { parseServiceForm } from "./service-form";
import { loadServiceForEdit, updateService } from "./services.server";
import { makeTestDb, type TestDb } from "./test-db";
import { createUser } from "./users.server";

let t: TestDb;
let ana: { id: number; email: string; name: string };

beforeAll(() => useCheapHashesForTests());
beforeEach(async () => {
  t = await makeTestDb();
  await seedOnce(t.db);
  const id = await createUser(
    t.db,
    { email: "ana@example.nl", name: "Ana", role: "editor", password: "a long password" },
    { id: null, email: "test" },
  );
  ana = { id, email: "ana@example.nl", name: "Ana" };
});
afterEach(async () => {
  await t.close();
});

const form = (values: Record<string, string>) => new URLSearchParams(values);

describe("the visitor text in the editor", () => {
  test.each([
    ["card_summary", "Hulp voor mensen met een licht verstandelijke beperking."],
    ["card_summary", "Voor jongeren met een LVB."],
    ["card_summary_en", "For people with a disability."],
  ])("%s with a label is refused at the field: %s", (field, text) => {
    const { errors } = parseServiceForm(form({ name: "Test", organization: "Test", [field]: text }));
    expect(errors).toEqual({ [field]: "errors.service.cardLabel" });
  });

  test("a saved visitor text is what the card prints, in both languages", async () => {
    // A service with a way to reach it: one without has no card (issue 17 point 3).
    const id = serviceId("buurtteam-zuidoost");
    const loaded = (await loadServiceForEdit(t.db, id))!;
    expect(loaded.edit.card_summary).toMatch(/buurtteam/i);
    const edit = {
      ...loaded.edit,
      card_summary: "Je kunt hier gratis binnenlopen.",
      card_summary_en: "You can walk in here for free.",
    };
    expect((await updateService(t.db, ana, id, loaded.meta.version, edit)).kind).toBe("ok");
    const record = (await loadActiveService(t.db, id))!;
    expect(contactView(record, "nl", "2026-12-01").card?.text).toBe("Je kunt hier gratis binnenlopen.");
    expect(contactView(record, "en", "2026-12-01").card?.text).toBe("You can walk in here for free.");
  });

  test("left empty, the card prints the professional summary only when it holds no label", async () => {
    for (const [key, expected] of [
      ["buurtteam-zuidoost", "Je kunt zonder afspraak binnenlopen bij het buurtteam in Bijlmer-Oost. Het is gratis."],
      ["cordaan-vb", null],
    ] as const) {
      const id = serviceId(key);
      const loaded = (await loadServiceForEdit(t.db, id))!;
      await updateService(t.db, ana, id, loaded.meta.version, {
        ...loaded.edit,
        card_summary: "",
        card_summary_en: "",
      });
      const card = contactView((await loadActiveService(t.db, id))!, "nl", "2026-12-01").card;
      expect(card?.text ?? null, key).toBe(expected);
    }
  });
});
