// The one function each check route calls: the content (loaded once) plus the answers in the address.
import type { Lang } from "~/i18n/lang";
import { buildResultPage, buildStepPage, type ResultPage, type StepPage } from "./check-view";
import { loadCheckGuide } from "./load-check.server";

export function checkStepPage(lang: Lang, params: URLSearchParams): StepPage {
  return buildStepPage(loadCheckGuide(), lang, params);
}

export function checkResultPage(lang: Lang, params: URLSearchParams): ResultPage {
  return buildResultPage(loadCheckGuide(), lang, params);
}
