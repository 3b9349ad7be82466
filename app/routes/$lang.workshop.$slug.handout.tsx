import { PhoneParts } from "~/features/directory/PhoneParts";
import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { HowWeKnowLine } from "~/features/directory/HowWeKnowLine";
import { getHandoutContacts } from "~/features/workshop/handout-contacts.server";
import { handoutView } from "~/features/workshop/workshop-pages.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { ErrorSummary } from "~/ui/form/ErrorSummary";
import { SelectField } from "~/ui/form/fields";
import { PrintButton } from "~/ui/PrintButton";
import { SourceList } from "~/ui/SourceList";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/workshop.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

// The contacts come from the database (editors change them): never keep this page in a cache.
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const view = handoutView(lang, params.slug ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  const contacts = await getHandoutContacts(new URL(request.url).searchParams.get("area"), lang);
  return json({ lang, view, contacts }, { headers: { "Cache-Control": "no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta("Workshop", lang);
  const title = translate(lang, "workshop:handout.title", { plan: data.view.title });
  return pageMeta(data.contacts.unknownArea ? `${translate(lang, "errors.prefix")}${title}` : title, lang);
};

export default function HandoutPage() {
  const { lang, view, contacts } = useLoaderData<typeof loader>();
  const { t } = useTranslation("workshop");
  const { terms, flow } = view;
  const areaError = contacts.unknownArea ? t("handout.unknownArea") : undefined;
  const summary = useMemo(() => (areaError ? [{ field: "area", message: areaError }] : []), [areaError]);

  return (
    <article className="workshop ws-handout">
      <p className="ws-back no-print">
        <Link to={view.planHref}>{t("slides.backToPlan")}</Link>
      </p>
      <ErrorSummary errors={summary} className="no-print" />
      <h1>{t("handout.title", { plan: view.title })}</h1>
      <p className="lead">{t("handout.intro")}</p>
      <div className="button-row no-print">
        <PrintButton label={t("handout.print")} hint={t("handout.printHint")} />
      </div>

      <UrgentRoutes />

      <section className="ws-handout__section" aria-labelledby="h-signals">
        <h2 id="h-signals">{t("handout.signalsTitle")}</h2>
        <p>{t("handout.signalsNote")}</p>
        <ul className="ws-handout__cards">
          {view.signals.map((signal) => (
            <li
              key={signal.id}
              className={signal.danger ? "ws-handout__card ws-handout__card--danger" : "ws-handout__card"}
            >
              <strong>
                <GuideText text={signal.line} terms={terms} />
              </strong>
              <br />
              <GuideText text={signal.example} terms={terms} />
            </li>
          ))}
        </ul>
      </section>

      <section className="ws-handout__section" aria-labelledby="h-tips">
        <h2 id="h-tips">{t("handout.tipsTitle")}</h2>
        <ul className="ws-handout__cards">
          {view.tips.map((tip) => (
            <li key={tip.id} className="ws-handout__card">
              <strong>
                <GuideText text={tip.title} terms={terms} />
              </strong>
              <br />
              <GuideText text={tip.do} terms={terms} />
            </li>
          ))}
        </ul>
      </section>

      <section className="ws-handout__section ws-handout__steps" aria-labelledby="h-steps">
        <h2 id="h-steps">{t("handout.stepsTitle")}</h2>
        <p>{t("handout.stepsIntro")}</p>
        <ol className="ws-flow">
          {flow.questions.map((question, index) => (
            <li key={question.id} id={`flow-${question.id}`} className="ws-flow__question">
              <p className="ws-flow__ask">
                {index === 0 ? <span className="ws-flow__start">{t("handout.stepsStart")}: </span> : null}
                {question.question}
              </p>
              <ul className="ws-flow__answers">
                {question.answers.map((answer) => (
                  <li
                    key={answer.label}
                    className={
                      answer.nextKind === "outcome" ? "ws-flow__answer ws-flow__answer--end" : "ws-flow__answer"
                    }
                  >
                    {answer.label} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">{t("handout.nextStep")}</span>{" "}
                    <span className="ws-flow__next">{answer.nextTitle}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section className="ws-handout__section ws-handout__contacts" aria-labelledby="h-contacts">
        <h2 id="h-contacts">{t("handout.contactsTitle")}</h2>
        <p className="no-print">{t("handout.contactsIntro")}</p>
        <Form method="get" className="ws-area-form no-print" aria-labelledby="h-contacts">
          <SelectField
            id="area"
            label={t("handout.areaLabel")}
            hint={t("handout.areaHint")}
            error={areaError}
            defaultValue={contacts.area}
            options={contacts.areas.map((area) => ({ value: area.slug, label: area.name }))}
          />
          <button type="submit" className="button">
            {t("handout.showContacts")}
          </button>
        </Form>
        <p>
          <strong>{t("handout.shownFor", { area: contacts.areaName })}</strong>
        </p>
        {contacts.groups.length === 0 ? <p>{t("handout.noContacts")}</p> : null}
        {contacts.groups.map((group) => (
          <div key={group.topic} className="ws-handout__group">
            <h3>{group.name}</h3>
            <ul className="ws-handout__cards">
              {group.items.map((item) => (
                <li key={item.id} className="ws-handout__card">
                  <strong>
                    <Link to={`/${lang}/contacts/${item.id}`} className="no-print-url">
                      {item.name}
                    </Link>
                  </strong>
                  {item.organization !== item.name ? <> ({item.organization})</> : null}
                  {item.summary ? (
                    <p>
                      <PhoneParts parts={item.summary} />
                    </p>
                  ) : null}
                  {item.phones.map((phone) => (
                    <p key={phone.number}>
                      <a href={`tel:${phone.number.replace(/[^0-9+]/g, "")}`} className="no-print-url">
                        {phone.number}
                      </a>
                      {phone.toVerify ? <> ({t("handout.checkFirst")})</> : null}
                    </p>
                  ))}
                  {item.url ? (
                    <p className="ws-handout__url">
                      <a href={item.url} className="no-print-url">
                        {item.url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                      </a>
                    </p>
                  ) : null}
                  <p className="ws-handout__checked">
                    <HowWeKnowLine known={item.howWeKnow} short />
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p>{t("handout.more")}</p>
      </section>

      <SourceList sources={view.sources} />
    </article>
  );
}
