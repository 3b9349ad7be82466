import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { todayInAmsterdam } from "~/features/calendar/today";
import { getContactPage } from "~/features/directory/contact-page.server";
import { formatCheckDate } from "~/features/directory/freshness";
import { clientAddress } from "~/features/editor/guard.server";
import { isOwnPost } from "~/features/reports/public-post.server";
import { isReportKind, reportErrors, textLength, type PostRefusal } from "~/features/reports/report-rules";
import { confirmFromPractice, submitReport } from "~/features/reports/reports.server";
import { reportFormText, reportWord } from "~/features/reports/report-text.server";
import { ConfirmForm, REPORT_FIELD_IDS, ReportForm } from "~/features/reports/ui/ReportForm";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { ErrorSummary, type SummaryError } from "~/ui/form/ErrorSummary";
import { flagFormErrors, formHadErrors } from "~/ui/form/form-error-title";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/directory.css";

// POST /:lang/contacts/:id/report: "Klopt er iets niet?" (intent=report) and "het klopte"
// (intent=confirm) from a contact page (issue 17 point 4, decision 023). Never cached: the page
// after a post is this one with ?sent=…, which says thank you; the contact page itself renders
// anew because the database changed. Errors come back here with what was typed.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

type Sent = "report" | "confirm" | null;

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const contact = await getContactPage(params.id ?? "", lang);
  if (!contact) throw new Response("Not found", { status: 404 });
  const param = new URL(request.url).searchParams.get("sent");
  const sent: Sent = param === "report" || param === "confirm" ? param : null;
  const w = (key: string, options?: Record<string, unknown>) => reportWord(lang, key, options);
  return json(
    {
      id: contact.id,
      sent,
      formHasErrors: formHadErrors(context),
      form: reportFormText(lang),
      // Only what this page says, in the visitor's language (namespace "report" stays on the server).
      text: {
        title: sent ? w("thanksTitle") : w("titleFor", { name: contact.name }),
        thanks:
          sent === "report" ? w("thanks") : w("confirmThanks", { date: formatCheckDate(todayInAmsterdam(), lang) }),
        back: w("back", { name: contact.name }),
        errorPrefix: translate(lang, "errors.prefix"),
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  const title = data?.text.title ?? "";
  return [
    ...pageMeta(data?.formHasErrors ? `${data.text.errorPrefix}${title}` : title, lang),
    { name: "robots", content: "noindex" },
  ];
};

type ActionData = {
  values: { kind: string; text: string };
  errors: { kind?: string; text?: string };
  textLength: number;
  /** the refusal, already in words */
  refused: string | null;
};

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const id = params.id ?? "";
  const noStore = { "Cache-Control": "no-store" };
  const answer = (
    data: Omit<ActionData, "textLength" | "refused"> & { refused: PostRefusal | "csrf" | null },
    status: number,
    headers: Record<string, string> = {},
  ) => {
    flagFormErrors(context);
    const refused = data.refused ? reportWord(lang, `refused.${data.refused}`) : null;
    return json<ActionData>(
      { ...data, refused, textLength: textLength(data.values.text) },
      { status, headers: { ...noStore, ...headers } },
    );
  };
  const form = await request.formData();
  // Only what the form has; a very long text is kept up to a limit to show it back, and counted whole.
  const rawText = String(form.get("text") ?? "");
  const values = { kind: String(form.get("kind") ?? "").slice(0, 20), text: rawText.slice(0, 2000) };
  if (!isOwnPost(request)) return answer({ values, errors: {}, refused: "csrf" }, 403);

  const db = getDb();
  const address = clientAddress(context);
  const onRefused = (reason: PostRefusal) =>
    answer({ values, errors: {}, refused: reason }, 429, { "Retry-After": "3600" });

  if (form.get("intent") === "confirm") {
    const result = await confirmFromPractice(db, { serviceId: id, address, today: todayInAmsterdam() });
    if (result.kind === "not-found") throw new Response("Not found", { status: 404 });
    if (result.kind === "refused") return onRefused(result.reason);
    return redirect(`/${lang}/contacts/${encodeURIComponent(id)}/report?sent=confirm`, {
      status: 303,
      headers: noStore,
    });
  }

  const errors = reportErrors({ kind: values.kind, text: rawText });
  if (Object.keys(errors).length > 0) {
    const translated = Object.fromEntries(
      Object.entries(errors).map(([field, key]) => [field, reportWord(lang, key, { count: textLength(rawText) })]),
    );
    // 200 like every form here: the page answers with the errors (a 400 reads as a broken page).
    return answer({ values, errors: translated, refused: null }, 200);
  }
  if (!isReportKind(values.kind)) throw new Response("Bad request", { status: 400 });
  const result = await submitReport(db, { serviceId: id, kind: values.kind, text: rawText, address });
  if (result.kind === "not-found") throw new Response("Not found", { status: 404 });
  if (result.kind === "refused") return onRefused(result.reason);
  return redirect(`/${lang}/contacts/${encodeURIComponent(id)}/report?sent=report`, { status: 303, headers: noStore });
}

export default function ReportPage() {
  const { id, sent, form, text } = useLoaderData<typeof loader>();
  // A redirect carries no data: only the answer with errors or a refusal comes back here.
  const result = useActionData() as ActionData | undefined;
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const errors = result?.errors ?? {};
  const summary: SummaryError[] = [];
  if (errors.kind) summary.push({ field: REPORT_FIELD_IDS.kind, message: errors.kind });
  if (errors.text) summary.push({ field: REPORT_FIELD_IDS.text, message: errors.text });
  useErrorTitle(summary.length > 0 || Boolean(result?.refused));
  const contactPath = `/${lang}/contacts/${id}`;
  const action = `${contactPath}/report`;
  const back = (
    <p>
      <Link to={contactPath}>{text.back}</Link>
    </p>
  );
  if (sent && !result) {
    return (
      <article className="directory report-page">
        <h1>{text.title}</h1>
        <p className="callout" role="status">
          {text.thanks}
        </p>
        {back}
      </article>
    );
  }
  return (
    <article className="directory report-page">
      {back}
      <h1>{text.title}</h1>
      {result?.refused ? (
        <p className="callout callout--urgent" role="alert">
          {result.refused}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      <p>{form.intro}</p>
      <ReportForm action={action} text={form} state={result ? { values: result.values, errors } : undefined} />
      <section aria-labelledby="confirm" className="report-page__confirm">
        <h2 id="confirm">{form.confirmTitle}</h2>
        <p>{form.confirmIntro}</p>
        <ConfirmForm action={action} text={form} />
      </section>
    </article>
  );
}
