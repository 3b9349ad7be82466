// Issue 15 point 9 in the browser: the preview shows what changes, not the file, and the
// "Import" button imports the file that waited on the server (no copy of it in the page).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { parseContactsCsv, serializeContactsCsv } from "../../app/features/directory/contacts-csv";
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("a file with one changed row: the preview lists that row only, the page holds no copy of the file, and Import saves it", async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${baseUrl()}/editor/login?next=${encodeURIComponent("/editor/import")}`);
  await page.getByLabel("E-mailadres").fill(inject("testAdminEmail"));
  await page.getByLabel("Wachtwoord").fill(inject("testAdminPassword"));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${baseUrl()}/editor/import`);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const parsed = parseContactsCsv(
    await (await fetch(`${baseUrl()}/editor/export.csv`, { headers: { Cookie: cookie } })).text(),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const rows = parsed.rows;
  const last = rows.length - 1;
  const summary = `${rows[last].summary} Gecontroleerd via de import.`.trim();
  rows[last] = { ...rows[last], summary };
  const csv = serializeContactsCsv(rows);

  await page.setInputFiles("#file", { name: "lijst.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Bekijk wat er verandert" }).click();
  const confirm = page.getByRole("button", { name: "Importeer 1 dienst" });
  await confirm.waitFor();
  expect(await page.locator("table.editor-table tbody tr").count()).toBe(1);
  const html = await page.content();
  expect(html).not.toContain('name="csv"');
  expect(html).not.toContain(rows[0].id); // an unchanged row is neither shown nor sent back
  await expectNoAxeViolations(page);

  await confirm.click();
  await page.getByRole("status").filter({ hasText: "Klaar." }).waitFor();
  const after = await (await fetch(`${baseUrl()}/editor/export.csv`, { headers: { Cookie: cookie } })).text();
  expect(after).toContain(summary);
  await context.close();
});
