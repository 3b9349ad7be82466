import { useEffect, useRef, useState } from "react";
import { useBrowserValue } from "./use-hydrated";
import { useTranslation } from "react-i18next";
import { createReader, readAloudSupported, type Reader, type ReaderState } from "./aids/read-aloud.client";

/**
 * "Lees voor": reads <main> aloud with the browser's own voice. Rendered only in a browser that
 * can speak (so never without JavaScript, never a dead button).
 */
export function ReadAloud({ lang }: { lang: string }) {
  const { t } = useTranslation("aids");
  const supported = useBrowserValue(readAloudSupported, false);
  const [state, setState] = useState<ReaderState>("idle");
  const [slow, setSlow] = useState(false);
  const reader = useRef<Reader | null>(null);

  useEffect(() => {
    const main = document.getElementById("main");
    if (!supported || !main) return;
    reader.current = createReader(main, lang, setState);
    return () => {
      reader.current?.stop();
      reader.current = null;
    };
  }, [lang, supported]);

  if (!supported) return null;
  const toggleSlow = () => {
    setSlow(!slow);
    reader.current?.setSlow(!slow);
  };
  return (
    <div className="read-aloud" role="group" aria-label={t("readAloud.label")}>
      <div className="button-row">
        {state === "idle" ? (
          <button type="button" className="button--secondary" onClick={() => reader.current?.start()}>
            <img src="/pictograms/speech.svg" alt="" width={24} height={24} className="pictogram pictogram--xs" />
            {t("readAloud.start")}
          </button>
        ) : (
          <>
            {state === "playing" ? (
              <button type="button" className="button--secondary" onClick={() => reader.current?.pause()}>
                {t("readAloud.pause")}
              </button>
            ) : (
              <button type="button" className="button--secondary" onClick={() => reader.current?.resume()}>
                {t("readAloud.resume")}
              </button>
            )}
            <button type="button" className="button--secondary" onClick={() => reader.current?.stop()}>
              {t("readAloud.stop")}
            </button>
          </>
        )}
        <button type="button" className="button--secondary" aria-pressed={slow} onClick={toggleSlow}>
          {t("readAloud.slower")}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {state === "playing" ? t("readAloud.reading") : ""}
      </p>
    </div>
  );
}
