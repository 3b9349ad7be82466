import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// "Is this password easy to guess?" — zxcvbn-ts with its list of common passwords, names and
// keyboard patterns (decision 013). Pure; the dictionaries load once, on the first check.

/** zxcvbn's score 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_SCORE = 3;
/** zxcvbn slows down on very long input; the first 100 characters say enough about a guessable one. */
const MEASURED_LENGTH = 100;

let ready = false;

export function isGuessablePassword(password: string, personal: readonly string[] = []): boolean {
  if (!ready) {
    zxcvbnOptions.setOptions({
      dictionary: { ...common.dictionary, personal: ["nabij", ...personal] },
      graphs: common.adjacencyGraphs,
    });
    ready = true;
  }
  return zxcvbn(password.slice(0, MEASURED_LENGTH), [...personal]).score < MIN_SCORE;
}
