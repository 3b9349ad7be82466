import { useReducer, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useBrowserValue } from "~/ui/use-hydrated";
import { formatClock, formatElapsed } from "../clock";

/**
 * The clock: the server renders the time the page was made (the presenter page is never cached);
 * with JavaScript the device's clock takes over and ticks. The timer (time since the start) needs
 * JavaScript and is kept in this tab only (sessionStorage), so it survives moving between slides.
 */
export function PresenterClock({ serverTime, slug }: { serverTime: string; slug: string }) {
  const { t, i18n } = useTranslation("workshop");
  // The browser's clock, read once a second; null on the server and while hydrating.
  const second = useSyncExternalStore(everySecond, currentSecond, noClockOnServer);
  const now = second === null ? null : new Date(second * 1000);
  const key = `nabij-workshop-start:${slug}`;
  // The start time lives in sessionStorage; a button press writes it and renders again to read it.
  const [, timerChanged] = useReducer((count: number) => count + 1, 0);
  const startedAt = useBrowserValue(() => savedStart(key), null);

  const start = () => {
    window.sessionStorage.setItem(key, String(Date.now()));
    timerChanged();
  };
  const reset = () => {
    window.sessionStorage.removeItem(key);
    timerChanged();
  };

  return (
    <div className="ws-clock">
      <dl>
        <div>
          <dt>{now ? t("presenter.clock") : t("presenter.clockAtOpen")}</dt>
          <dd className="ws-clock__time">
            <time data-testid="presenter-clock">{now ? formatClock(now, i18n.language) : serverTime}</time>
          </dd>
        </div>
        {now ? (
          <div>
            <dt>{t("presenter.elapsed")}</dt>
            <dd className="ws-clock__time">
              <span data-testid="presenter-elapsed">
                {formatElapsed(startedAt ? (now.getTime() - startedAt) / 1000 : 0)}
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      {now ? (
        <div className="button-row">
          <button type="button" className="button--secondary" onClick={start}>
            {t("presenter.startTimer")}
          </button>
          <button type="button" className="button--secondary" onClick={reset}>
            {t("presenter.resetTimer")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function everySecond(tick: () => void): () => void {
  const timer = window.setInterval(tick, 1000);
  return () => window.clearInterval(timer);
}

const currentSecond = () => Math.floor(Date.now() / 1000);
const noClockOnServer = () => null;

function savedStart(key: string): number | null {
  const saved = Number(window.sessionStorage.getItem(key));
  return saved > 0 ? saved : null;
}
