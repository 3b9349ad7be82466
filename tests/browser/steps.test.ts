// The decision steps as a volunteer uses them: one question per page, with and without JavaScript,
// to an outcome that says what to do now and links to the directory.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage, sitemapUrls } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();

/** Choose an answer and press Next; wait for the page the answer leads to. */
async function answer(page: Page, label: string, nextButton: string, expectPath: RegExp) {
  await page.getByRole("radio", { name: label, exact: true }).check();
  await page.getByRole("button", { name: nextButton }).click();
  await page.waitForURL(expectPath);
}

for (const javaScript of [true, false]) {
  describe(`whole paths with JavaScript ${javaScript ? "on" : "off"}`, () => {
    test("danger now: from the start page to 112, with the urgent numbers first", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${baseUrl()}/nl/steps`);
      await page.getByRole("link", { name: "Begin met de vragen" }).click();
      await page.waitForURL(/\/nl\/steps\/q\/danger$/);
      await expect.poll(() => h1(page)).toBe("Is er gevaar voor de bezoeker of voor iemand anders?");
      await answer(page, "Ja, er is nu direct gevaar.", "Volgende", /\/nl\/steps\/outcome\/danger-now\?danger=now$/);
      await expect.poll(() => page.title()).toBe("Er is gevaar. Bel 112. - Nabij");
      // The urgent block comes before the steps, and the numbers can be called from a phone.
      const urgent = page.getByRole("region", { name: "Is er gevaar?" });
      await expect.poll(() => urgent.isVisible()).toBe(true);
      expect(await urgent.locator('a[href="tel:112"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:08002000"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:113"]').count()).toBe(1);
      const order = await page.evaluate(() => {
        const urgentBox = document.querySelector(".urgent-routes")!;
        const steps = document.getElementById("outcome-steps")!;
        return urgentBox.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      expectNoProblems(problems);
      await context.close();
    });

    test("money crisis: from the first question to 'bel vandaag nog', with Geldfit and each region's line to tap", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${baseUrl()}/nl/steps/q/danger`);
      await answer(
        page,
        "Er komt een deurwaarder. Of de bezoeker moet het huis uit.",
        "Volgende",
        /\/outcome\/money-crisis\?danger=money-crisis$/,
      );
      await expect.poll(() => h1(page)).toBe("Crisis met geld of wonen: bel vandaag nog");
      const urgent = page.getByRole("region", { name: "Is er gevaar?" });
      expect(await urgent.locator('a[href="tel:112"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:08008115"]').count()).toBe(1);
      // No area asked yet: every region, named, with its own number.
      expect(await urgent.innerText()).toContain("Regio Hoorn en West-Friesland:");
      expect(await urgent.locator('a[href="tel:0229252200"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:14075"]').count()).toBe(1);
      // Numbers in the steps can be tapped too.
      expect(await page.getByRole("region", { name: "Wat doe je nu?" }).locator('a[href="tel:08008115"]').count()).toBe(
        1,
      );
      expectNoProblems(problems);
      await context.close();
    });

    test("confused behaviour in Zaanstad and exploitation: the region's GGD line, the police next to Veilig Thuis", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/nl/steps/q/danger`);
      await answer(
        page,
        "De bezoeker is erg in de war. Of zorgt niet meer voor zichzelf.",
        "Volgende",
        /\/outcome\/confused-neglect\?danger=neglect$/,
      );
      const urgent = page.getByRole("region", { name: "Is er gevaar?" });
      expect(await urgent.locator('a[href="tel:0205525000"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:0756518380"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:0880100521"]').count()).toBe(1);
      // A link that says where the visitor is shows only that region's line.
      await page.goto(`${baseUrl()}/nl/steps/outcome/confused-neglect?danger=neglect&area=zaanstad`);
      expect(await urgent.locator('a[href="tel:0756518380"]').count()).toBe(1);
      expect(await urgent.locator('a[href="tel:0205525000"]').count()).toBe(0);
      expect(await urgent.innerText()).toContain("Regio Zaanstreek-Waterland (Zaanstad, Oostzaan):");

      await page.goto(`${baseUrl()}/nl/steps/q/danger`);
      await answer(
        page,
        "Iemand gebruikt de bezoeker, voor geld, drugs of seks.",
        "Volgende",
        /\/outcome\/exploitation\?danger=exploitation$/,
      );
      expect(await urgent.locator('a[href="tel:08002000"]').count()).toBe(1);
      const police = urgent.locator("li", { has: page.locator('a[href="tel:09008844"]') });
      expect(await police.innerText()).toContain("niet gratis");
      expectNoProblems(problems);
      await context.close();
    });

    test("money in Hoorn: consent, area and topic lead to a directory search for that topic and area", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/nl/steps/q/danger`);
      await answer(page, "Nee, ik zie geen gevaar.", "Volgende", /\/q\/asks-help\?danger=none$/);
      await answer(page, "Ja, de bezoeker vraagt om hulp.", "Volgende", /\/q\/consent\?/);
      expect(await page.getByText("Vraag 3").isVisible()).toBe(true);
      await answer(page, "Ja, de bezoeker vindt het goed. En snapt wat ik ga doen.", "Volgende", /\/q\/area\?/);
      await answer(page, "Hoorn", "Volgende", /\/q\/topic\?/);
      await answer(page, "Geld of brieven", "Volgende", /\/outcome\/refer-money\?/);
      expect(new URL(page.url()).search).toBe("?danger=none&asks-help=asks&consent=agrees&area=hoorn&topic=money");
      await expect.poll(() => page.title()).toBe("Hulp bij geld of brieven - Nabij");
      expect(await page.locator(".urgent-routes").count()).toBe(0);
      const steps = page.getByRole("region", { name: "Wat doe je nu?" }).locator("ol > li");
      expect(await steps.count()).toBeGreaterThan(2);
      expect(await page.getByRole("region", { name: "Wat kun je zeggen?" }).locator("li").count()).toBeGreaterThan(0);
      expect(await page.getByRole("region", { name: "Wie betrek je?" }).locator("li").count()).toBeGreaterThan(0);
      const directory = page.getByRole("link", { name: "Zoek hulp: Geld en schulden, in Hoorn" });
      expect(await directory.getAttribute("href")).toBe("/nl/contacts?topic=money&area=hoorn");
      expect(await page.getByRole("link", { name: "Zoek ook: Brieven en formulieren" }).getAttribute("href")).toBe(
        "/nl/contacts?topic=letters-forms&area=hoorn",
      );
      // "Your answers" repeats the route, so a printed outcome says how it was reached.
      expect(await page.getByRole("region", { name: "Jouw antwoorden" }).innerText()).toContain("Hoorn");
      expectNoProblems(problems);
      await context.close();
    });

    test("in English, by keyboard only: noticed something, anonymous advice as a professional", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, locale: "en-GB" });
      await page.goto(`${baseUrl()}/en/steps/q/danger`);
      await answer(page, "No, I do not see any danger.", "Next", /\/en\/steps\/q\/asks-help\?/);
      // Keyboard: focus the second radio, select it with Space, and send the form with Enter.
      const noticed = page.getByRole("radio", { name: "No, but I notice that something is wrong." });
      await noticed.focus();
      await page.keyboard.press("Space");
      expect(await noticed.isChecked()).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/en\/steps\/q\/anon-noticed\?/);
      await expect.poll(() => h1(page)).toBe("Do you want advice without giving the visitor's name?");
      await answer(page, "Yes, I want advice without a name.", "Next", /\/q\/role\?/);
      await answer(page, "I am a professional.", "Next", /\/outcome\/anonymous-professional\?/);
      await expect.poll(() => page.title()).toBe("Ask a specialist for advice, without a name - Nabij");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.getByRole("link", { name: /^Find help:/ }).getAttribute("href")).toBe(
        "/en/contacts?topic=lvb-expertise",
      );
      expectNoProblems(problems);
      await context.close();
    });

    test("Next without an answer: error summary, message at the question, 'Fout: ' in the title", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/nl/steps/q/asks-help?danger=none`);
      await page.getByRole("button", { name: "Volgende" }).click();
      await page.waitForURL(/next=1/);
      await expect.poll(() => page.title()).toBe("Fout: Vraagt de bezoeker zelf om hulp? - Nabij");
      const summary = page.getByRole("alert");
      expect(await summary.innerText()).toContain("Kies een antwoord.");
      expect(await page.locator(".field__error").innerText()).toContain("Kies een antwoord.");
      // The fieldset says what is wrong to a screen reader too.
      const describedBy = (await page.locator("fieldset").getAttribute("aria-describedby")) ?? "";
      expect(describedBy.split(" ")).toContain("asks-help-error");
      if (javaScript) {
        await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
        await summary.getByRole("link", { name: "Kies een antwoord." }).click();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("asks-help-asks");
      }
      // The earlier answer is still there: choosing now goes on along the same path.
      await answer(page, "Ja, de bezoeker vraagt om hulp.", "Volgende", /\/q\/consent\?danger=none&asks-help=asks$/);
      expectNoProblems(problems);
      await context.close();
    });

    test("the back link returns to the previous question with its answer still chosen", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/nl/steps/q/danger`);
      await answer(page, "Ik maak me zorgen over geweld of misbruik.", "Volgende", /\/q\/safety-role\?/);
      await page.getByRole("link", { name: "Terug naar de vorige vraag" }).click();
      await page.waitForURL(/\/q\/danger\?danger=abuse$/);
      await expect
        .poll(() => page.getByRole("radio", { name: "Ik maak me zorgen over geweld of misbruik." }).isChecked())
        .toBe(true);
      // Change the answer: the path goes the new way.
      await answer(page, "Nee, ik zie geen gevaar.", "Volgende", /\/q\/asks-help\?danger=none$/);
      await page.getByRole("link", { name: "Opnieuw beginnen" }).click();
      await page.waitForURL(/\/nl\/steps$/);
      expectNoProblems(problems);
      await context.close();
    });
  });
}

describe("every question and outcome page", () => {
  test("passes axe-core (WCAG 2.2 AA), also in the error state and with answers", async () => {
    const paths = (await sitemapUrls()).filter((path) => /^\/(nl|en)\/steps\//.test(path));
    expect(paths.filter((p) => p.includes("/q/")).length).toBeGreaterThanOrEqual(2 * 9);
    expect(paths.filter((p) => p.includes("/outcome/")).length).toBeGreaterThanOrEqual(2 * 10);
    const { context, page, problems } = await openPage(browser, { width: 360 });
    for (const path of [
      ...paths.filter((p) => p.startsWith("/nl/")),
      "/nl/steps/q/consent?danger=none&asks-help=asks&next=1",
      "/nl/steps/outcome/refer-money?danger=none&asks-help=asks&consent=agrees&area=hoorn&topic=money",
      "/nl/steps/outcome/confused-neglect?danger=neglect&area=zaanstad",
    ]) {
      const response = await page.goto(baseUrl() + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).count(), path).toBe(1);
      await expectNoAxeViolations(page);
    }
    expectNoProblems(problems);
    await context.close();
    // About 30 pages with axe each; on a busy shared machine that takes more than the default.
  }, 300_000);

  test("the question's <h1> sits inside the fieldset's <legend>", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl()}/nl/steps/q/topic?danger=none&asks-help=asks&consent=agrees&area=elsewhere`);
    expect(await page.locator("fieldset > legend h1").innerText()).toBe("Waarbij wil de bezoeker hulp?");
    expect(
      await page
        .getByRole("group", { name: /Waarbij wil de bezoeker hulp\?/ })
        .getByRole("radio")
        .count(),
    ).toBe(7);
    await context.close();
  });
});

describe("printing an outcome", () => {
  test("hides the site chrome and the back link, keeps the steps and writes out the directory address", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(
      `${baseUrl()}/nl/steps/outcome/refer-housing?danger=none&asks-help=asks&consent=agrees&area=zaanstad&topic=housing`,
    );
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".steps__back").isVisible()).toBe(false);
    expect(await page.getByRole("region", { name: "Wat doe je nu?" }).isVisible()).toBe(true);
    const after = await page
      .locator(".steps-outcome__directory")
      .evaluate((el) => getComputedStyle(el, "::after").content);
    expect(after).toContain("/nl/contacts?topic=housing&area=zaanstad");
    await context.close();
  });
});

describe("the overview for trainers", () => {
  test("shows every question with its answers and the Mermaid text of the flow", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/nl/steps`);
    await page.getByRole("link", { name: /bekijk alle vragen en uitkomsten/ }).click();
    await page.waitForURL(/\/nl\/steps\/overview$/);
    await expect.poll(() => page.locator(".steps-overview__questions > li").count()).toBe(9);
    expect(await page.locator(".steps-overview__outcomes > li").count()).toBe(19);
    expect(await page.locator("pre code").innerText()).toMatch(/^%% Nabij decision steps \(nl\)[\s\S]*flowchart TD/);
    expectNoProblems(problems);
    await context.close();
  });

  test("the steps are in the header menu and on the start page", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl()}/nl`);
    expect(
      await page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Stappen" })
        .getAttribute("href"),
    ).toBe("/nl/steps");
    await page.getByRole("link", { name: /Stap voor stap: wat doe je nu\?/ }).click();
    await page.waitForURL(/\/nl\/steps$/);
    await context.close();
  });
});
