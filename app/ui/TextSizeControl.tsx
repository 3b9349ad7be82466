import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TEXT_SIZES, isTextSize, type TextSize } from "./aids/text-size";

/** Three text sizes for the whole site: a plain form, so it works without JavaScript. */
export function TextSizeControl() {
  const { t } = useTranslation("aids");
  const location = useLocation();
  const data = useRouteLoaderData<{ textSize?: string }>("root");
  const current: TextSize = isTextSize(data?.textSize) ? data.textSize : "normal";
  return (
    <form method="post" action="/text-size" className="text-size" aria-labelledby="text-size-label">
      <span id="text-size-label" className="text-size__label">
        {t("textSize.label")}
      </span>
      <input type="hidden" name="back" value={location.pathname + location.search} />
      {TEXT_SIZES.map((size, index) => (
        <button key={size} type="submit" name="size" value={size} aria-pressed={current === size}>
          <span className={`text-size__a--${index + 1}`} aria-hidden="true">
            A
          </span>
          {t(`textSize.${size}`)}
        </button>
      ))}
    </form>
  );
}
