// The editors' area (issue 7): the door (sign-in, sign-out, every route refused when signed out,
// CSRF), editing without losing anything (version conflict, audit), the all-or-nothing import,
// and axe on every editor page.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EMAIL = () => inject("testAdminEmail");
const PASSWORD = () => inject("testAdminPassword");
const ANY_ID = "00000000-0000-4000-8000-000000000000";

async function signIn(page: Page, next = "/editor") {
  await page.goto(`${baseUrl()}/editor/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mailadres").fill(EMAIL());
  await page.getByLabel("Wachtwoord").fill(PASSWORD());
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${baseUrl()}${next}`);
}

async function firstServicePath(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/editor/services`);
  const href = await page.locator("table a").first().getAttribute("href");
  return href!;
}

const post = (path: string, headers: Record<string, string> = {}, body = "x=1") =>
  fetch(baseUrl() + path, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl(), ...headers },
    body,
  });

describe("nobody gets in without signing in", () => {
  const PAGES = [
    "/editor",
    "/editor/services",
    "/editor/services?overdue=1",
    "/editor/services/new",
    `/editor/services/${ANY_ID}`,
    "/editor/import",
    "/editor/users",
    "/editor/audit",
    "/editor/export.csv",
    "/editor/account",
  ];
  const ACTIONS = [
    "/editor/logout",
    "/editor/services",
    "/editor/services/new",
    `/editor/services/${ANY_ID}`,
    "/editor/import",
    "/editor/users",
    "/editor/account",
  ];

  test("the lists above cover every editor route file", () => {
    const files = readdirSync(resolve(import.meta.dirname, "../../app/routes")).filter((f) => f.startsWith("editor"));
    const covered: Record<string, string> = {
      "editor.tsx": "layout",
      "editor._index.tsx": "/editor",
      "editor.login.tsx": "the sign-in page itself",
      "editor.language.tsx": "a preference, allowed signed out, same-origin only",
      "editor.logout.tsx": "/editor/logout",
      "editor.services._index.tsx": "/editor/services",
      "editor.services.new.tsx": "/editor/services/new",
      "editor.services.$id.tsx": "/editor/services/:id",
      "editor.import.tsx": "/editor/import",
      "editor.users.tsx": "/editor/users",
      "editor.audit.tsx": "/editor/audit",
      "editor.account.tsx": "/editor/account",
      "editor.export[.]csv.ts": "/editor/export.csv",
    };
    expect(
      files.filter((f) => !(f in covered)),
      "editor routes without an unauthorised-access test",
    ).toEqual([]);
  });

  for (const path of PAGES) {
    test(`GET ${path} sends you to sign in, and back afterwards`, async () => {
      const response = await fetch(baseUrl() + path, { redirect: "manual" });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location")!, baseUrl());
      expect(location.pathname).toBe("/editor/login");
      expect(location.searchParams.get("next")).toBe(path);
      expect(response.headers.get("cache-control")).toContain("no-store");
    });
  }

  for (const path of ACTIONS) {
    test(`POST ${path} answers 401`, async () => {
      expect((await post(path)).status).toBe(401);
      expect((await post(`${path}${path.includes("?") ? "&" : "?"}_data=x`)).status).not.toBe(200);
    });
  }

  test("a forged or stale session cookie does not count", async () => {
    const response = await fetch(`${baseUrl()}/editor`, {
      redirect: "manual",
      headers: { Cookie: "nabij_editor=InRva2VuIg.forged" },
    });
    expect(response.status).toBe(302);
  });

  test("editor pages are not in the sitemap", async () => {
    expect(await (await fetch(`${baseUrl()}/sitemap.xml`)).text()).not.toContain("/editor");
  });
});

describe("CSRF: a change sent from another site is refused", () => {
  test("a cross-origin POST to sign in, or with a valid session, gets 403 and changes nothing", async () => {
    expect(
      (await post("/editor/login", { Origin: "https://evil.example" }, `email=${EMAIL()}&password=x`)).status,
    ).toBe(403);
    const { context, page } = await openPage(browser);
    await signIn(page);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const path = await firstServicePath(page);
    const forged: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { Origin: "", Referer: "https://evil.example/x" },
    ];
    for (const headers of forged) {
      const response = await post(path, { Cookie: cookie, ...headers }, "intent=archive");
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    await page.goto(baseUrl() + path);
    expect(await page.getByText("Bezoekers zien deze dienst niet meer.").count()).toBe(0);
    await context.close();
  });
});

describe("signing in and out", () => {
  test("a wrong password gets one clear message and keeps the e-mail; the right one signs in; sign-out ends the session", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/editor/services`);
    await page.waitForURL(/\/editor\/login/);
    await page.getByLabel("E-mailadres").fill(EMAIL());
    await page.getByLabel("Wachtwoord").fill("not the password");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect
      .poll(() => page.locator(".error-summary").innerText())
      .toContain("Het e-mailadres of het wachtwoord klopt niet.");
    expect(await page.getByLabel("E-mailadres").inputValue()).toBe(EMAIL());
    await expect.poll(() => page.title()).toMatch(/^Fout: /);

    await page.getByLabel("Wachtwoord").fill(PASSWORD());
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${baseUrl()}/editor/services`);
    const [cookie] = (await context.cookies()).filter((c) => c.name === "nabij_editor");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/editor" });

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/editor\/login\?signedOut=1/);
    await page.getByText("Uitloggen is gelukt.").waitFor();
    // The old cookie no longer opens anything, even when replayed.
    const replay = await fetch(`${baseUrl()}/editor`, {
      redirect: "manual",
      headers: { Cookie: `nabij_editor=${cookie.value}` },
    });
    expect(replay.status).toBe(302);
    expectNoProblems(problems);
    await context.close();
  });

  test("without JavaScript: sign in, filter, add a service, mark it as checked today, sign out", async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await signIn(page, "/editor/services");
    await page.getByLabel("Moet gecontroleerd worden").check();
    await page.getByRole("button", { name: "Laat zien" }).click();
    expect(page.url()).toContain("overdue=1");
    await page.goto(`${baseUrl()}/editor/services/new`);
    await page.getByLabel("Naam van de dienst").fill("Proefdienst zonder JavaScript");
    await page.getByLabel("Organisatie").fill("Proeforganisatie");
    await page.getByLabel("Telefoonnummers").fill("020 555 0199 | Alleen op dinsdag");
    await page.getByRole("button", { name: "Dienst toevoegen" }).click();
    await page.waitForURL(/\/editor\/services\/[0-9a-f-]{36}\?saved=1/);
    await expect.poll(() => page.getByText("Nog nooit gecontroleerd").count()).toBe(1);
    // "Vandaag gecontroleerd" asks which facts the organisation confirmed (issue 17.2): none chosen
    // is refused with an error summary and a message at the field, without JavaScript.
    await page.getByRole("button", { name: "Vandaag gecontroleerd" }).click();
    await expect.poll(() => page.locator(".error-summary").count()).toBe(1);
    expect(await page.locator(".error-summary a").getAttribute("href")).toBe("#confirm-service");
    expect(await page.locator("#confirm-error").textContent()).toContain(
      "Kies wat de organisatie vandaag heeft bevestigd.",
    );
    await page.locator("#confirm-phone").check();
    await page.getByRole("button", { name: "Vandaag gecontroleerd" }).click();
    await page.waitForURL(/done=check/);
    await expect
      .poll(() => page.getByText("Bewaard: deze gegevens zijn vandaag nagevraagd bij de organisatie.").count())
      .toBe(1);
    expect(await page.getByText("Gecontroleerd op").count()).toBeGreaterThan(0);
    // The phone is confirmed by the signed-in editor today; the other facts were not asked.
    expect(await page.locator('label[for="confirm-phone"]').textContent()).toMatch(/nagevraagd op \d+ \w+ \d{4} door /);
    expect(await page.locator('label[for="confirm-walk_in"]').textContent()).toContain("nog niet nagevraagd");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/signedOut=1/);
    await context.close();
  });
});

// Issue 15: sign-in limits that hold under a burst, a site that keeps answering while people sign
// in, and account details for admins only. Each test uses its own accounts, so the test admin is
// never locked out at 127.0.0.1.
const cookieFrom = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function signInByFetch(email: string, password: string): Promise<string> {
  const response = await post("/editor/login", {}, form({ email, password }));
  expect(response.status, `sign in as ${email}`).toBe(302);
  return cookieFrom(response);
}

/** The test admin makes an account through the users page, as an admin would. */
async function makeAccount(email: string, role: "editor" | "admin", password: string): Promise<void> {
  const admin = await signInByFetch(EMAIL(), PASSWORD());
  const response = await post(
    "/editor/users",
    { Cookie: admin },
    form({ intent: "create", email, name: email.split("@")[0], role, password }),
  );
  expect(response.status).toBe(200);
  expect(await response.text()).not.toContain("error-summary");
}

describe("sign-in limits and accounts (issue 15)", () => {
  test("a burst of 39 wrong passwords and the right one at once: at most 5 are checked, nobody gets in", async () => {
    const email = "burst-editor@nabij.test";
    const password = "lantaarn vijver koffie blauw";
    await makeAccount(email, "editor", password);
    const tries = Array.from({ length: 40 }, (_, i) => (i === 39 ? password : `wrong guess number ${i}`));
    const responses = await Promise.all(tries.map((p) => post("/editor/login", {}, form({ email, password: p }))));
    const statuses = responses.map((r) => r.status);
    expect(
      statuses.filter((s) => s === 302),
      "signed in during a burst",
    ).toEqual([]);
    expect(statuses.filter((s) => s !== 429).length, "password checks").toBeLessThanOrEqual(5);
    const locked = responses.find((r) => r.status === 429)!;
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await locked.text()).toContain("Er waren te veel pogingen om in te loggen.");
  });

  test("5 wrong tries for one account make only that account wait at this address, not other people behind the same address", async () => {
    const email = "nat-editor@nabij.test";
    const password = "zeilboot appel kastanje rood";
    await makeAccount(email, "editor", password);
    for (let i = 0; i < 5; i++) await post("/editor/login", {}, form({ email, password: "wrong" }));
    // This address now waits for this account …
    expect((await post("/editor/login", {}, form({ email, password }))).status).toBe(429);
    // … but another volunteer behind the same address signs in.
    await signInByFetch(EMAIL(), PASSWORD());
  });

  test("an editor cannot read accounts in the audit log; an admin can", async () => {
    const email = "audit-editor@nabij.test";
    const password = "molen schaduw potlood groen";
    await makeAccount(email, "editor", password);
    const editor = await signInByFetch(email, password);
    const forUsers = await fetch(`${baseUrl()}/editor/audit?entity=user`, { headers: { Cookie: editor } });
    expect(forUsers.status).toBe(403);
    const all = await (await fetch(`${baseUrl()}/editor/audit`, { headers: { Cookie: editor } })).text();
    expect(all).not.toContain(email);
    const admin = await signInByFetch(EMAIL(), PASSWORD());
    expect(
      await (await fetch(`${baseUrl()}/editor/audit?entity=user`, { headers: { Cookie: admin } })).text(),
    ).toContain(email);
  });

  test("an editor changes their own password: errors at the field and in the summary, then the new one works and other sessions end", async () => {
    const email = "own-password@nabij.test";
    const password = "wolkenkrabber tulp emmer zacht";
    const newPassword = "regenjas fluit kompas oranje";
    await makeAccount(email, "editor", password);
    const otherDevice = await signInByFetch(email, password);
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/editor/login?next=${encodeURIComponent("/editor")}`);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${baseUrl()}/editor`);
    await page.getByRole("link", { name: "Mijn account" }).click();
    await page.waitForURL(`${baseUrl()}/editor/account`);

    await page.getByLabel("Wachtwoord dat je nu hebt").fill("not my password");
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("password1234");
    await page.getByLabel("Nieuw wachtwoord nog een keer").fill("password1234");
    await page.getByRole("button", { name: "Wachtwoord veranderen" }).click();
    await expect
      .poll(() => page.locator(".error-summary").innerText())
      .toContain("Dit wachtwoord is te makkelijk te raden.");
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.locator("#account-password-error").innerText()).toContain("te makkelijk te raden");
    expect(
      await page.getByLabel("Nieuw wachtwoord", { exact: true }).inputValue(),
      "passwords are never sent back",
    ).toBe("");

    await page.getByLabel("Wachtwoord dat je nu hebt").fill("not my password");
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
    await page.getByLabel("Nieuw wachtwoord nog een keer").fill(newPassword);
    await page.getByRole("button", { name: "Wachtwoord veranderen" }).click();
    await expect
      .poll(() => page.locator(".error-summary").innerText())
      .toContain("Dit is niet het wachtwoord dat je nu hebt.");

    await page.getByLabel("Wachtwoord dat je nu hebt").fill(password);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
    await page.getByLabel("Nieuw wachtwoord nog een keer").fill(newPassword);
    await page.getByRole("button", { name: "Wachtwoord veranderen" }).click();
    await page.getByText("Je wachtwoord is veranderd.").waitFor();
    await expectNoAxeViolations(page);

    expect(
      (await fetch(`${baseUrl()}/editor`, { redirect: "manual", headers: { Cookie: otherDevice } })).status,
      "the other session ended",
    ).toBe(302);
    expect((await post("/editor/login", {}, form({ email, password }))).status, "the old password").toBe(200);
    await signInByFetch(email, newPassword);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("nothing is lost", () => {
  test("two editors: the second save from an old version is refused and shows field, theirs, yours; the first is in the log", async () => {
    const a = await openPage(browser);
    const b = await openPage(browser);
    await signIn(a.page);
    await signIn(b.page);
    const path = await firstServicePath(a.page);
    await a.page.goto(baseUrl() + path);
    await b.page.goto(baseUrl() + path);
    const original = await a.page.getByLabel("Korte tekst (Nederlands)").inputValue();

    await a.page.getByLabel("Korte tekst (Nederlands)").fill("Tekst van editor A.");
    await a.page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
    await a.page.waitForURL(/saved=1/);

    await b.page.getByLabel("Korte tekst (Nederlands)").fill("Tekst van editor B.");
    await b.page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
    const conflict = b.page.getByRole("alert").filter({ hasText: "Iemand anders heeft deze dienst net veranderd" });
    await conflict.waitFor();
    const row = conflict.getByRole("row", { name: /Korte tekst \(Nederlands\)/ });
    expect(await row.innerText()).toContain("Tekst van editor A.");
    expect(await row.innerText()).toContain("Tekst van editor B.");
    // B's text is still in the form, A's is what is saved.
    expect(await b.page.getByLabel("Korte tekst (Nederlands)").inputValue()).toBe("Tekst van editor B.");
    await a.page.goto(baseUrl() + path);
    expect(await a.page.getByLabel("Korte tekst (Nederlands)").inputValue()).toBe("Tekst van editor A.");

    await a.page.getByRole("link", { name: "Bekijk alle wijzigingen" }).click();
    await a.page.waitForURL(/\/editor\/audit\?entity=service/);
    const entry = a.page.locator(".audit-entry").first();
    expect(await entry.innerText()).toContain("Gewijzigd");
    expect(await entry.innerText()).toContain(EMAIL());
    expect(await entry.innerText()).toContain("Tekst van editor A.");
    expectNoProblems(a.problems);
    expectNoProblems(b.problems);
    // Put the seed text back: later files on this worker's server read it (decision 016).
    await a.page.goto(baseUrl() + path);
    await a.page.getByLabel("Korte tekst (Nederlands)").fill(original);
    await a.page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
    await a.page.waitForURL(/saved=1/);
    await a.context.close();
    await b.context.close();
  });

  test("the form shows each error at its field and in the summary, and keeps what was typed", async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await signIn(page, "/editor/services/new");
    await page.getByLabel("Naam van de dienst").fill("Proef");
    await page.getByLabel("Vanaf leeftijd").fill("veertig");
    await page.getByRole("button", { name: "Dienst toevoegen" }).click();
    const summary = page.locator(".error-summary");
    expect(await summary.innerText()).toContain("Vul de naam van de organisatie in.");
    expect(await summary.innerText()).toContain("Vul een leeftijd in als getal van 0 tot 120.");
    expect(await page.locator("#f-minimum_age-error").innerText()).toContain("Vul een leeftijd in");
    expect(await page.getByLabel("Naam van de dienst").inputValue()).toBe("Proef");
    expect(await page.getByLabel("Vanaf leeftijd").inputValue()).toBe("veertig");
    await context.close();
  });
});

describe("the public pages follow the editors", () => {
  test("a saved change shows at once on the contact page and in the search, though both were kept in memory", async () => {
    const { context, page, problems } = await openPage(browser);
    await signIn(page);
    const path = await firstServicePath(page);
    const id = path.split("/").pop()!.split("?")[0];
    const publicPage = `${baseUrl()}/nl/contacts/${id}`;
    const search = `${baseUrl()}/nl/contacts?q=zonnebloemveld`;
    // Visited twice each: the second visit comes from the server's memory.
    for (let i = 0; i < 2; i++) {
      expect(await (await fetch(publicPage)).text()).not.toContain("Zonnebloemveld");
      expect(await (await fetch(search)).text()).not.toContain(`/nl/contacts/${id}"`);
    }
    await page.goto(baseUrl() + path);
    const summaryField = page.getByLabel("Korte tekst (Nederlands)");
    const original = await summaryField.inputValue();
    await summaryField.fill("Spreekuur in buurthuis Zonnebloemveld.");
    await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
    await page.waitForURL(/saved=1/);
    await page.goto(publicPage);
    expect(await page.locator("main").innerText()).toContain("Spreekuur in buurthuis Zonnebloemveld.");
    await page.goto(search);
    expect(await page.locator(`main a[href="/nl/contacts/${id}"]`).count()).toBeGreaterThan(0);
    // Put the seed text back: later files on this worker's server read it (decision 016).
    await page.goto(baseUrl() + path);
    await summaryField.fill(original);
    await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
    await page.waitForURL(/saved=1/);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("import: all or nothing", () => {
  test("one bad row: the preview names the row, there is no import button, and nothing changed", async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, "/editor/import");
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const exported = await (await fetch(`${baseUrl()}/editor/export.csv`, { headers: { Cookie: cookie } })).text();
    const header = exported
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      .split(",");
    const row = (values: Record<string, string>) => header.map((column) => values[column] ?? "").join(",");
    // A good new row, then a new row with an age that is not a number.
    const csv =
      [
        header.join(","),
        row({ name: "Goede rij", organization: "Test" }),
        row({ name: "Foute rij", organization: "Test", minimum_age: "oud" }),
      ].join("\r\n") + "\r\n";
    await page.setInputFiles("#file", { name: "lijst.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Bekijk wat er verandert" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Regel 3 (Foute rij) klopt niet.");
    expect(await page.locator("#line-3").innerText()).toContain("minimum_age");
    expect(await page.getByRole("button", { name: /^Importeer/ }).count()).toBe(0);
    const after = await (await fetch(`${baseUrl()}/editor/export.csv`, { headers: { Cookie: cookie } })).text();
    expect(after).toBe(exported);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe("every editor page passes axe (signed in) at phone and desk width", () => {
  for (const width of [360, 1280]) {
    test(`${width} px`, async () => {
      const { context, page, problems } = await openPage(browser, { width });
      await page.goto(`${baseUrl()}/editor/login`);
      await expectNoAxeViolations(page);
      await signIn(page);
      const service = await firstServicePath(page);
      for (const path of [
        "/editor",
        "/editor/services",
        "/editor/services?overdue=1",
        "/editor/services/new",
        service,
        "/editor/import",
        "/editor/users",
        "/editor/audit",
        "/editor/account",
      ]) {
        await page.goto(baseUrl() + path);
        expect(await page.locator("h1").count(), path).toBe(1);
        expect(await page.title(), path).toMatch(/ - Nabij$/);
        await expectNoAxeViolations(page);
      }
      // The form with its errors, too.
      await page.goto(`${baseUrl()}/editor/services/new`);
      await page.getByRole("button", { name: "Dienst toevoegen" }).click();
      await page.locator(".error-summary").waitFor();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
      expectNoProblems(problems);
      await context.close();
    });
  }
});
