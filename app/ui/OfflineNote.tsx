import { useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { applySavedTextSize, isOfflineCopy, registerOfflineSupport } from "./aids/offline.client";

/**
 * Offline support for the whole site: registers the service worker once, and says plainly when
 * the page is a saved copy that may be out of date (the directory says so about its results).
 */
export function OfflineNote({ lang }: { lang: string }) {
  const { t } = useTranslation("aids");
  const { pathname } = useLocation();
  const [offline, setOffline] = useState(false);

  useEffect(() => registerOfflineSupport(lang), [lang]);

  useEffect(() => {
    const update = () => setOffline(isOfflineCopy());
    update();
    if (document.documentElement.dataset.offlineCopy === "1") applySavedTextSize();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);

  if (!offline) return null;
  const directory = pathname.split("/")[2] === "contacts";
  return (
    <p className="offline-note" role="status">
      {t(directory ? "offline.directory" : "offline.note")}
    </p>
  );
}
