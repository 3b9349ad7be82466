// Read the page's <main> aloud with the browser's own speech synthesis (nothing leaves the
// device), one sentence at a time, highlighting the sentence being read. Browser only.
import { RATES, speechLang, splitSentences } from "./sentences";

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, legend, label, th, td, blockquote, figcaption, summary";
const SKIP =
  "script, style, noscript, template, [hidden], [aria-hidden='true'], .read-aloud, .no-read-aloud, .visually-hidden";
export const HIGHLIGHT = "read-aloud";
const BLOCK_CLASS = "read-aloud-block";

export function readAloudSupported(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.speechSynthesis?.speak === "function" &&
    typeof window.SpeechSynthesisUtterance === "function"
  );
}

interface Sentence {
  block: Element;
  text: string;
  range: Range;
}

function textNodes(block: Element): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Every sentence in reading order, each with a DOM range to highlight. */
export function collectSentences(root: Element, lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.closest(SKIP)) continue;
    // A block holding other blocks (a list item with a paragraph) is read through its children.
    if (block.querySelector(BLOCKS)) continue;
    const nodes = textNodes(block);
    const text = nodes.map((n) => n.data).join("");
    const at = (offset: number, end: boolean): [Text, number] => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.data.length || (end && rest === node.data.length)) return [node, rest];
        rest -= node.data.length;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    for (const span of splitSentences(text, lang)) {
      const range = document.createRange();
      range.setStart(...at(span.start, false));
      range.setEnd(...at(span.end, true));
      sentences.push({ block, text: text.slice(span.start, span.end).replace(/\s+/g, " "), range });
    }
  }
  return sentences;
}

export type ReaderState = "idle" | "playing" | "paused";

export interface Reader {
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
  setSlow(slow: boolean): void;
}

export function createReader(root: Element, lang: string, onState: (state: ReaderState) => void): Reader {
  const synth = window.speechSynthesis;
  let sentences: Sentence[] = [];
  let index = 0;
  let slow = false;
  let run = 0; // each speak() gets a number; events of a cancelled utterance are ignored
  const highlights = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;

  function clearMark() {
    highlights?.delete(HIGHLIGHT);
    document.querySelectorAll(`.${BLOCK_CLASS}`).forEach((el) => el.classList.remove(BLOCK_CLASS));
  }

  function mark(sentence: Sentence) {
    clearMark();
    if (highlights && typeof Highlight === "function") highlights.set(HIGHLIGHT, new Highlight(sentence.range));
    else sentence.block.classList.add(BLOCK_CLASS);
    const box = sentence.block.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      sentence.block.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    }
  }

  function voiceFor(tag: string): SpeechSynthesisVoice | undefined {
    const voices = synth.getVoices?.() ?? [];
    return voices.find((v) => v.lang === tag) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang));
  }

  function speak() {
    const sentence = sentences[index];
    if (!sentence) return finish();
    const mine = ++run;
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    const tag = speechLang(lang);
    utterance.lang = tag;
    const voice = voiceFor(tag);
    if (voice) utterance.voice = voice;
    utterance.rate = slow ? RATES.slow : RATES.normal;
    utterance.onend = () => {
      if (mine !== run) return;
      index++;
      speak();
    };
    utterance.onerror = (event) => {
      if (mine !== run) return;
      if (event.error === "interrupted" || event.error === "canceled") return;
      finish();
    };
    mark(sentence);
    synth.speak(utterance);
  }

  function finish() {
    run++;
    clearMark();
    index = 0;
    onState("idle");
  }

  return {
    start() {
      synth.cancel();
      sentences = collectSentences(root, lang);
      index = 0;
      onState("playing");
      speak();
    },
    pause() {
      synth.pause();
      onState("paused");
    },
    resume() {
      synth.resume();
      onState("playing");
    },
    stop() {
      run++;
      synth.cancel();
      finish();
    },
    setSlow(value: boolean) {
      slow = value;
      // Say the current sentence again at the new speed.
      if (synth.speaking && !synth.paused) {
        run++;
        synth.cancel();
        speak();
      }
    },
  };
}
