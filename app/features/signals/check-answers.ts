// The answers of the signals check live in the address only (GOV.UK smart-answers style): one
// `s=<signal id>` per ticked signal and `step=<n>`. Nothing is kept on the server, so the back
// button, a refresh and a shared link all show the same answers. Pure functions, no I/O.

/** The part of the signals content the check needs: categories in order, each with its signals. */
export interface CheckSignal {
  id: string;
  danger: boolean;
  tips: string[];
  topics: string[];
}
export interface CheckCategory {
  id: string;
  signals: CheckSignal[];
}

export const SIGNAL_PARAM = "s";
export const STEP_PARAM = "step";
/** Set by the result page when it sent the visitor back because the address held something odd. */
export const FIXED_PARAM = "fixed";

export interface CheckAnswers {
  /** Ticked signal ids, known ones only, each once, in the order of the content. */
  ticked: string[];
  /** Step number, 1-based, always within 1..number of categories. */
  step: number;
  /** The address held ids we do not know, or the same id twice; they were left out. */
  cleaned: boolean;
  /** The result page sent the visitor back here after cleaning the address. */
  fixedNotice: boolean;
}

/** Longer than any id in the content; a longer value is not an id and is not even compared. */
const MAX_ID_LENGTH = 80;

/** Read the answers from the address. Never throws: odd input is left out and reported. */
export function readAnswers(params: URLSearchParams, categories: CheckCategory[]): CheckAnswers {
  const order = signalOrder(categories);
  const found = new Set<string>();
  let cleaned = false;
  for (const raw of params.getAll(SIGNAL_PARAM)) {
    const value = raw.trim();
    if (value.length > MAX_ID_LENGTH || !order.has(value) || found.has(value)) {
      cleaned = true;
      continue;
    }
    found.add(value);
  }
  const ticked = [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    ticked,
    step: readStep(params.get(STEP_PARAM), categories.length),
    cleaned,
    fixedNotice: params.get(FIXED_PARAM) === "1",
  };
}

/** "2" → 2; missing, not a whole number or out of range → the nearest real step (1 when unclear). */
export function readStep(value: string | null, stepCount: number): number {
  if (value === null || !/^\s*\d{1,4}\s*$/.test(value)) return 1;
  const step = Number(value);
  return Math.min(Math.max(step, 1), Math.max(stepCount, 1));
}

function signalOrder(categories: CheckCategory[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const category of categories) for (const signal of category.signals) order.set(signal.id, order.size);
  return order;
}

/** The ids of one category's signals. */
export function signalIdsOf(category: CheckCategory): Set<string> {
  return new Set(category.signals.map((signal) => signal.id));
}

/** The query string for a set of answers ("s=a&s=b&step=3"); `step` left out when not given. */
export function answersQuery(ticked: readonly string[], step?: number): string {
  const params = new URLSearchParams();
  for (const id of ticked) params.append(SIGNAL_PARAM, id);
  if (step !== undefined) params.set(STEP_PARAM, String(step));
  return params.toString();
}

/** Address helpers for one step, so the page never has to build URLs itself. */
export function stepLinks(lang: string, ticked: readonly string[], step: number, categories: CheckCategory[]) {
  const checkPath = `/${lang}/signals/check`;
  const resultPath = `/${lang}/signals/result`;
  const current = categories[step - 1];
  const currentIds = current ? signalIdsOf(current) : new Set<string>();
  const others = ticked.filter((id) => !currentIds.has(id));
  const isLast = step >= categories.length;
  const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
  return {
    checkPath,
    resultPath,
    isLast,
    /** Answers from the other steps: hidden inputs, so they travel along with this step's form. */
    carried: others,
    /** "Skip this part": on to the next step without this part's ticks. */
    skip: isLast ? withQuery(resultPath, answersQuery(others)) : withQuery(checkPath, answersQuery(others, step + 1)),
  };
}
