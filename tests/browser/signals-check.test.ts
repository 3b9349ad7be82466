// The signals check (issue 4): a volunteer ticks what they noticed, step by step, and gets calm
// advice — with JavaScript on and off, by keyboard only, on paper — and the server keeps nothing.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dumpDatabase } from "./database-dump";
import {
  baseUrl,
  expectNoAxeViolations,
  expectNoProblems,
  launchBrowser,
  openPage,
  testServer,
  waitForHydration,
} from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const STEPS = 8;
const DANGER_JUMP = "Zie je toch gevaar of misbruik? Ga naar de vragen over gevaar.";
const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const params = (page: Page) => new URL(page.url()).searchParams;

/** Tick a signal by its label (the text on screen). */
async function tick(page: Page, label: string) {
  await page.getByRole("checkbox", { name: label }).check();
}

/** Click a button and wait until the page shows `shown` (with JavaScript the old page stays a moment). */
async function clickAndWait(page: Page, name: string, urlPart: RegExp, shown: string) {
  await Promise.all([page.waitForURL(urlPart), page.getByRole("button", { name, exact: true }).click()]);
  await page.getByText(shown, { exact: true }).first().waitFor();
}

/** A page that fails within seconds instead of waiting for the test's time-out. */
async function open(javaScript: boolean, width = 1280) {
  const opened = await openPage(browser, { javaScript, width });
  opened.context.setDefaultTimeout(20_000);
  return opened;
}

/**
 * axe-core on each address, in a page with JavaScript (axe runs as a script: with JavaScript off it
 * never answers). The HTML is the same server-rendered page the no-JS visitor got.
 */
async function expectNoAxeViolationsAt(urls: string[]) {
  const { context, page } = await open(true);
  for (const url of urls) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
  await context.close();
}

/**
 * The whole check in Dutch: danger is asked first (nothing ticked there), two ticks on step 2, back
 * and forth, skips, then from the last step the link back to the danger part, where a danger signal
 * is ticked, and on to the result. Returns every address it showed (each step and the result), for axe.
 */
async function walkTheCheck(page: Page, javaScript: boolean): Promise<string[]> {
  const seen: string[] = [];
  const remember = () => {
    if (!seen.includes(page.url())) seen.push(page.url());
  };
  await page.goto(`${baseUrl()}/nl`);
  if (javaScript) await waitForHydration(page);
  await Promise.all([
    page.waitForURL(/\/nl\/signals\/check/),
    page.getByRole("link", { name: /Check wat je merkt/ }).click(),
  ]);
  await page.getByText("Stap 1 van 8", { exact: true }).waitFor();

  // Step 1: danger is asked first (issue 14), with the urgent route beside it.
  expect(await h1(page)).toBe("Gevaar en misbruik");
  expect(await page.getByRole("heading", { name: "Zie je gevaar of misbruik?" }).count()).toBe(1);
  expect(await page.getByRole("link", { name: /Bel 112/ }).count()).toBeGreaterThan(0);
  expect(await page.getByRole("link", { name: DANGER_JUMP }).count()).toBe(0);
  remember();
  await clickAndWait(page, "Volgende stap", /step=2/, "Stap 2 van 8");

  // Step 2: a fieldset whose legend holds the progress and the heading; checkboxes with examples.
  const group = page.getByRole("group", { name: /Stap 2 van 8/ });
  expect(await group.count()).toBe(1);
  expect(await h1(page)).toBe("Praten en begrijpen");
  const first = page.getByRole("checkbox", { name: "Zegt snel ja. Zegt bijna nooit dat hij iets niet begrijpt." });
  expect(await first.getAttribute("aria-describedby")).toBeTruthy();
  expect(await page.locator(`#${await first.getAttribute("aria-describedby")}`).innerText()).toMatch(/^Voorbeeld:/);
  remember();
  await tick(page, "Zegt snel ja. Zegt bijna nooit dat hij iets niet begrijpt.");
  await tick(page, "Herhaalt jouw woorden, in plaats van zelf iets te zeggen.");
  await clickAndWait(page, "Volgende stap", /step=3/, "Stap 3 van 8");

  // Step 3: progress, and the answers of step 2 in the address.
  expect(await page.getByText("Stap 3 van 8").count()).toBe(1);
  expect(params(page).getAll("s").sort()).toEqual(["echoes-your-words", "says-yes-quickly"]);
  await tick(page, "Vindt vooruit denken en problemen oplossen moeilijk.");
  // Back keeps this step's tick and step 2's ticks.
  await clickAndWait(page, "Vorige stap", /step=2/, "Stap 2 van 8");
  expect(
    await page
      .getByRole("checkbox", { name: "Zegt snel ja. Zegt bijna nooit dat hij iets niet begrijpt." })
      .isChecked(),
  ).toBe(true);
  await clickAndWait(page, "Volgende stap", /step=3/, "Stap 3 van 8");
  expect(
    await page.getByRole("checkbox", { name: "Vindt vooruit denken en problemen oplossen moeilijk." }).isChecked(),
  ).toBe(true);
  // A refresh keeps everything: it all lives in the address.
  await page.reload();
  if (javaScript) await waitForHydration(page);
  expect(
    await page.getByRole("checkbox", { name: "Vindt vooruit denken en problemen oplossen moeilijk." }).isChecked(),
  ).toBe(true);
  remember();
  await clickAndWait(page, "Volgende stap", /step=4/, "Stap 4 van 8");

  // Steps 4 to 7: step 5 ticks a letters signal, the others are skipped.
  for (let step = 4; step < STEPS; step++) {
    expect(await page.getByText(`Stap ${step} van 8`).count()).toBe(1);
    remember();
    if (step === 5) {
      await tick(page, "Komt met brieven die hij niet begrijpt. Sommige zijn nog dicht.");
      await clickAndWait(page, "Volgende stap", /step=6/, "Stap 6 van 8");
    } else {
      // Ticking something and then skipping leaves it out.
      await page.getByRole("checkbox").first().check();
      await Promise.all([
        page.waitForURL(new RegExp(`step=${step + 1}`)),
        page.getByRole("link", { name: "Sla dit deel over" }).click(),
      ]);
      await page.getByText(`Stap ${step + 1} van 8`, { exact: true }).waitFor();
    }
  }

  // Step 8, like every step after the first, has a visible link back to the danger part.
  expect(await h1(page)).toBe("School en werk");
  remember();
  await Promise.all([page.waitForURL(/step=1/), page.getByRole("link", { name: DANGER_JUMP }).click()]);
  await page.getByText("Stap 1 van 8", { exact: true }).waitFor();
  expect(params(page).getAll("s")).toEqual([
    "echoes-your-words",
    "says-yes-quickly",
    "what-if-is-hard",
    "letters-pile-up",
  ]);
  await tick(page, "Een ander neemt geld, de bankpas of spullen af.");
  // On through the parts already answered (their ticks travel along) to the result.
  for (let step = 2; step <= STEPS; step++) {
    await clickAndWait(page, "Volgende stap", new RegExp(`step=${step}`), `Stap ${step} van 8`);
  }
  await clickAndWait(page, "Bekijk wat je kunt doen", /\/nl\/signals\/result/, "Wat je merkt en wat helpt");
  remember();
  return seen;
}

/** What a volunteer reads on the result page, in order. */
async function readResult(page: Page) {
  const main = page.locator("main");
  return {
    // The result's words, without the buttons (the print button only exists with JavaScript).
    text: await page.evaluate(() => {
      const copy = document.querySelector(".check-result")!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".button-row").forEach((row) => row.remove());
      return copy.textContent ?? "";
    }),
    headings: await main.locator("h1, h2, h3").allInnerTexts(),
    tips: await page.locator(".check-result__tips ol > li > a").allInnerTexts(),
    topicLinks: await page
      .locator(".check-result__topics a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
  };
}

async function expectTheResult(page: Page) {
  expect(params(page).getAll("s")).toEqual([
    "money-taken",
    "echoes-your-words",
    "says-yes-quickly",
    "what-if-is-hard",
    "letters-pile-up",
  ]);
  const result = await readResult(page);
  // Safety first: the urgent route comes before the page heading and anything else.
  expect(result.headings[0]).toBe("Is er gevaar?");
  expect(result.headings.indexOf("Is er gevaar?")).toBeLessThan(result.headings.indexOf("Wat je merkt en wat helpt"));
  expect(await page.getByRole("link", { name: /Veilig Thuis: 0800-2000/ }).getAttribute("href")).toBe("tel:08002000");
  // A danger result (issue 14): the text for this kind of danger with its decision step, and no
  // advice about the number of signals.
  expect(result.headings.indexOf("Zorgen over geweld of misbruik")).toBeLessThan(
    result.headings.indexOf("Wat je merkt en wat helpt"),
  );
  expect(
    await page.getByRole("link", { name: "Wat doe je bij zorgen over geweld of misbruik?" }).getAttribute("href"),
  ).toBe("/nl/steps/q/safety-role");
  // The number in that text is tappable too, not only the one in the urgent block.
  expect(await page.locator(".check-result a[href='tel:08002000']").count()).toBeGreaterThanOrEqual(2);
  expect(result.text).not.toContain("Je merkt veel dingen, op veel gebieden");
  expect(result.text).not.toContain("Pas je hulp daarop aan");
  // What was ticked, grouped by category; nothing from the skipped parts.
  for (const heading of [
    "Gevaar en misbruik",
    "Praten en begrijpen",
    "Leren en lezen",
    "Geld, brieven en formulieren",
  ]) {
    expect(result.headings).toContain(heading);
  }
  expect(result.headings).not.toContain("Contact met anderen");
  // Ordinary signals were ticked too: the note that they fit other causes — and never a label.
  expect(result.text).toContain("Deze signalen passen ook bij andere oorzaken.");
  expect(result.text).toContain("Alleen een specialist kan onderzoeken wat de oorzaak is.");
  expect(result.text).not.toMatch(/heeft een (lvb|licht verstandelijke beperking)/i);
  // Only the danger signal's tips; directory searches per topic, LVB knowledge last; the decision steps.
  expect(result.tips[0]).toBe("Bij gevaar gaat veiligheid voor");
  expect(result.tips).not.toContain("Blijf rustig en maak het kleiner");
  expect(result.topicLinks[0]).toBe("/nl/contacts?topic=crisis-safety");
  expect(result.topicLinks).toContain("/nl/contacts?topic=letters-forms");
  expect(result.topicLinks.at(-1)).toBe("/nl/contacts?topic=lvb-expertise");
  expect(await page.getByRole("link", { name: "Stap voor stap: wat doe je nu?" }).getAttribute("href")).toBe(
    "/nl/steps",
  );
  return result;
}

describe("the whole check", () => {
  let withoutJs: Awaited<ReturnType<typeof readResult>> | null = null;

  test("works without JavaScript: plain GET forms, answers in the address", { timeout: 300_000 }, async () => {
    const { context, page, problems } = await open(false, 360);
    const shown = await walkTheCheck(page, false);
    withoutJs = await expectTheResult(page);
    // The browser's back button returns to the last step, with every answer in its address.
    await page.goBack();
    expect(await h1(page)).toBe("School en werk");
    expect(params(page).getAll("s")).toContain("money-taken");
    expectNoProblems(problems);
    await context.close();
    // axe on every step of the check (1 to 8) and on the result.
    expect(shown.filter((url) => url.includes("/signals/check")).length).toBe(STEPS);
    await expectNoAxeViolationsAt(shown);
  });

  test("with JavaScript: no reloads between steps, and the same result", { timeout: 300_000 }, async () => {
    const { context, page, problems } = await open(true, 1280);
    await walkTheCheck(page, true);
    // The last full page load was the deliberate refresh at step 3: after it Remix moved through
    // the other steps and to the result without loading a new document.
    const loaded = await page.evaluate(
      () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).name,
    );
    expect(new URL(loaded).searchParams.get("step")).toBe("3");
    const withJs = await expectTheResult(page);
    expect(withJs.text).toBe(withoutJs?.text ?? withJs.text);
    expect(withJs.tips).toEqual(withoutJs?.tips ?? withJs.tips);
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("keyboard only", () => {
  test("Tab to a signal, Space ticks it, Enter on the button goes on; focus starts at the new step", async () => {
    const { context, page, problems } = await open(true);
    // Step 1 is the danger part; the ordinary parts start at step 2.
    await page.goto(`${baseUrl()}/en/signals/check?step=2`);
    // Before hydration Enter is a full page load, which puts focus at the top instead.
    await waitForHydration(page);
    // A checkbox by its value (the signal id), a button by its words.
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element instanceof HTMLInputElement ? element.value : (element?.textContent ?? "").trim();
      });
    const tabTo = async (predicate: () => Promise<boolean>) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        if (await predicate()) return;
      }
      throw new Error("Tab never reached the element");
    };
    await tabTo(async () => (await focused()) === "says-yes-quickly");
    await page.keyboard.press("Space");
    await tabTo(async () => (await focused()) === "Next step");
    await Promise.all([page.waitForURL(/step=3/), page.keyboard.press("Enter")]);
    await page.getByText("Step 3 of 8").waitFor();
    expect(params(page).getAll("s")).toEqual(["says-yes-quickly"]);
    // The new step's heading has focus, so the next Tab goes into the new step.
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    await tabTo(async () => (await focused()) === "does-not-follow-instructions");
    await page.keyboard.press("Space");
    // Space again unticks it, once more ticks it: an ordinary checkbox.
    await page.keyboard.press("Space");
    expect(
      await page
        .getByRole("checkbox", { name: "Does not follow an explanation, or does something else than you agreed." })
        .isChecked(),
    ).toBe(false);
    await page.keyboard.press("Space");
    await tabTo(async () => (await focused()) === "Next step");
    await Promise.all([page.waitForURL(/step=4/), page.keyboard.press("Enter")]);
    expect(params(page).getAll("s")).toEqual(["says-yes-quickly", "does-not-follow-instructions"]);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("the result page", () => {
  const typical =
    "s=says-yes-quickly&s=echoes-your-words&s=letters-pile-up&s=forms-filled-in-wrong&s=lonely&s=money-taken";

  test("prints on one A4 page, without the site's menus, with link addresses", async () => {
    for (const lang of ["nl", "en"]) {
      const { context, page } = await open(true);
      await page.goto(`${baseUrl()}/${lang}/signals/result?${typical}`);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".site-header").isVisible()).toBe(false);
      expect(await page.locator(".site-footer").isVisible()).toBe(false);
      const after = await page
        .locator(".check-result__topics a")
        .first()
        .evaluate((a) => getComputedStyle(a, "::after").content);
      expect(after).toContain("/contacts?topic=");
      // The paper is about a visitor: it says so at the bottom (issue 14).
      const note = page.locator(".check-result__print-note");
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toMatch(
        lang === "nl" ? /Bewaar het niet en geef het niet door/ : /Do not keep it and do not pass it on/,
      );
      const pdf = await page.pdf({ format: "A4" });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, `${lang} result on paper`).toBe(1);
      await context.close();
    }
  });

  test("with nothing ticked still says what helps, with the note about other causes", async () => {
    const { context, page, problems } = await open(false);
    await page.goto(`${baseUrl()}/en/signals/result`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("You ticked nothing");
    expect(text).toContain("These signals also fit other causes.");
    expect(await page.getByRole("heading", { name: "Is someone in danger?" }).count()).toBe(0);
    await expectNoAxeViolationsAt([page.url()]);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("nothing is stored", () => {
  test(
    "a whole check leaves the database as it was and no answer in the server log",
    { timeout: 300_000 },
    async () => {
      const before = await dumpDatabase();
      const { context, page } = await open(true);
      await walkTheCheck(page, true);
      await page.goto(`${baseUrl()}/en/signals/result?s=talks-about-dying&s=reacts-younger`);
      await context.close();
      expect(await dumpDatabase()).toBe(before);
      const log = readFileSync(testServer().serverLogPath, "utf8");
      for (const id of [
        "echoes-your-words",
        "says-yes-quickly",
        "what-if-is-hard",
        "letters-pile-up",
        "money-taken",
        "talks-about-dying",
        "reacts-younger",
      ]) {
        expect(log).not.toContain(id);
      }
      expect(log).not.toContain("signals/result?");
    },
  );

  test("the pages ask every cache not to keep them, and have no free-text field", async () => {
    for (const path of ["/nl/signals/check?s=lonely&step=5", "/nl/signals/result?s=lonely"]) {
      const response = await fetch(baseUrl() + path);
      expect(response.headers.get("cache-control")).toContain("no-store");
      const html = await response.text();
      expect(html).not.toMatch(/<textarea|type="text"|type="search"/);
    }
  });
});

describe("bad addresses", () => {
  const get = (path: string) => fetch(baseUrl() + path, { redirect: "manual" });

  test("unknown or repeated ids: back to the check with a clear message", async () => {
    const { context, page, problems } = await open(false);
    await page.goto(`${baseUrl()}/nl/signals/result?s=lonely&s=lonely&s=not-a-signal&s=%3Cscript%3E`);
    expect(new URL(page.url()).pathname).toBe("/nl/signals/check");
    expect(params(page).getAll("s")).toEqual(["lonely"]);
    expect(await page.getByRole("status").innerText()).toContain("We hebben het adres verbeterd");
    await expectNoAxeViolationsAt([page.url()]);
    expectNoProblems(problems);
    await context.close();
  });

  test("a strange step number is step 1 or the last step, never an error", async () => {
    for (const [step, shown] of [
      ["abc", 1],
      ["0", 1],
      ["-3", 1],
      ["99", 8],
      ["1e9", 1],
    ] as const) {
      const response = await get(`/en/signals/check?step=${step}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`Step ${shown} of 8`);
    }
  });

  test("thousands of parameters or a 100 kB address: the easy-read 400/414 page, never a 500", async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `s=x${i}`).join("&");
    const tooMany = await get(`/nl/signals/result?${many}`);
    expect([400, 414]).toContain(tooMany.status);
    expect(await tooMany.text()).toContain("Dit adres klopt niet");
    const long = await get(`/nl/signals/check?s=${"a".repeat(100_000)}`);
    expect(long.status).toBe(414);
    expect(await long.text()).toContain("Dit adres klopt niet");
    const some = Array.from({ length: 200 }, () => "s=lonely").join("&");
    const repeated = await get(`/nl/signals/result?${some}`);
    expect(repeated.status).toBe(302);
    expect(repeated.headers.get("location")).toBe("/nl/signals/check?s=lonely&fixed=1");
  });
});
