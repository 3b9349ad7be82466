import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock, formatElapsed } from "../clock";

/**
 * The clock: the server renders the time the page was made (the presenter page is never cached);
 * with JavaScript the device's clock takes over and ticks. The timer (time since the start) needs
 * JavaScript and is kept in this tab only (sessionStorage), so it survives moving between slides.
 */
export function PresenterClock({ serverTime, slug }: { serverTime: string; slug: string }) {
  const { t, i18n } = useTranslation("workshop");
  const [now, setNow] = useState<Date | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const key = `nabij-workshop-start:${slug}`;

  useEffect(() => {
    const saved = Number(window.sessionStorage.getItem(key));
    if (saved > 0) setStartedAt(saved);
    setNow(new Date());
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, [key]);

  const start = () => {
    const at = Date.now();
    window.sessionStorage.setItem(key, String(at));
    setStartedAt(at);
  };
  const reset = () => {
    window.sessionStorage.removeItem(key);
    setStartedAt(null);
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
