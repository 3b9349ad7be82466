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
import { PhoneParts } from "~/features/directory/PhoneParts";
import { HowWeKnowLine } from "~/features/directory/HowWeKnowLine";
import { documentFreshUntil, freshUntilHeaders } from "~/features/directory/fresh-until";
import { OpeningLine } from "~/features/directory/OpeningLine";
import { getSearchPage } from "~/features/directory/search-page.server";
import { searchQueryString, type SearchField } from "~/features/directory/search-params";
import type { ResultItem } from "~/features/directory/search-services.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { ErrorSummary } from "~/ui/form/ErrorSummary";
import { SelectField, TextField } from "~/ui/form/fields";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/directory.css";
import { Pictogram } from "~/ui/Pictogram";
import { topicPictogram } from "~/ui/pictograms";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const data = await getSearchPage(new URL(request.url), lang);
  // "Nu open" in a result holds until its next opening or closing: the page cache keeps the page no
  // longer (decision 024). The document gets only that header (documentFreshUntil).
  return json(data, {
    headers: { "Cache-Control": "no-store", ...freshUntilHeaders([data.outcome.openingChangesAt]) },
  });
}

export const headers: HeadersFunction = documentFreshUntil;

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  const hasErrors = data?.outcome.messages.some((m) => m.error) ?? false;
  const title = translate(lang, "directory:search.title");
  return pageMeta(
    hasErrors ? `${translate(lang, "errors.prefix")}${title}` : title,
    lang,
    translate(lang, "directory:search.intro"),
  );
};

const FIELD_ID: Record<SearchField, string> = {
  q: "q",
  topic: "topic",
  area: "area",
  age: "age",
  free: "free",
  walkin: "walkin",
  page: "results-title",
};

export default function ContactsSearch() {
  const { params, raw, outcome, topics, areas } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("directory");
  const lang = i18n.language;
  const errors = outcome.messages.filter((m) => m.error);
  const notes = outcome.messages.filter((m) => !m.error);
  const errorFor = (field: SearchField) => errors.find((m) => m.field === field);
  const message = (m: { code: string; value?: string }) => t(`messages.${m.code}`, { value: m.value });
  // One list per answer, so the summary takes focus once per search, not on every render.
  const summary = useMemo(
    () =>
      outcome.messages
        .filter((m) => m.error)
        .map((m) => ({ field: FIELD_ID[m.field], message: t(`messages.${m.code}`, { value: m.value }) })),
    [outcome, t],
  );
  const areaName = (slug: string | null) => areas.find((a) => a.slug === slug)?.name ?? slug;

  return (
    <div className="directory">
      <h1>{t("search.title")}</h1>
      <p className="lead">{t("search.intro")}</p>

      <ErrorSummary errors={summary} />

      <Form method="get" className="directory-search" role="search" aria-labelledby="search-form-title">
        <h2 id="search-form-title" className="visually-hidden">
          {t("search.formTitle")}
        </h2>
        <TextField
          type="search"
          id="q"
          label={t("search.q")}
          hint={t("search.qHint")}
          defaultValue={params.q}
          maxLength={200}
          autoComplete="off"
        />
        <div className="directory-search__row">
          <SelectField
            id="topic"
            label={t("search.topic")}
            error={errorFor("topic") && message(errorFor("topic")!)}
            defaultValue={params.topic ?? ""}
          >
            <option value="">{t("search.topicAll")}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="area"
            label={t("search.area")}
            hint={t("search.areaHint")}
            error={errorFor("area") && message(errorFor("area")!)}
            defaultValue={params.area ?? ""}
          >
            <option value="">{t("search.areaAll")}</option>
            {areas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {area.kind === "stadsdeel" || (area.parent && area.parent !== "nederland")
                  ? `\u00a0\u00a0${area.name}`
                  : area.name}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          id="age"
          label={t("search.age")}
          hint={t("search.ageHint")}
          error={errorFor("age") && message(errorFor("age")!)}
          inputMode="numeric"
          className="directory-search__age"
          defaultValue={errorFor("age") ? raw.age : (params.age ?? "")}
          maxLength={3}
          autoComplete="off"
        />
        <fieldset>
          <legend>{t("search.extras")}</legend>
          <div className="choice">
            <input type="checkbox" id="free" name="free" value="1" defaultChecked={params.free} />
            <label htmlFor="free">{t("search.free")}</label>
          </div>
          <div className="choice">
            <input type="checkbox" id="walkin" name="walkin" value="1" defaultChecked={params.walkin} />
            <label htmlFor="walkin">{t("search.walkin")}</label>
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit">{t("search.submit")}</button>
          <Link to={`/${lang}/contacts`} className="button button--secondary">
            {t("search.clear")}
          </Link>
        </div>
      </Form>

      <section aria-labelledby="results-title" className="directory-results">
        <h2 id="results-title" tabIndex={-1}>
          {t("search.resultsTitle")}
        </h2>
        {notes.length > 0 ? (
          <div className="callout" role="status">
            <ul className="directory-notes">
              {notes.map((m) => (
                <li key={m.field + m.code}>{t(`messages.${m.code}`, { value: m.value })}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {outcome.areaFromText ? <p>{t("search.areaFromText", { area: areaName(outcome.area) })}</p> : null}
        {outcome.textMode === "any" && outcome.totalItems > 0 ? <p>{t("search.anyWords")}</p> : null}

        {outcome.totalItems === 0 ? (
          <div className="callout directory-empty">
            <h3>{t("search.noResultsTitle")}</h3>
            <p>{t("search.noResultsTry")}</p>
            <ul>
              {(t("search.noResultsTips", { returnObjects: true }) as string[]).map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
            <p>{t("search.noResultsNational")}</p>
          </div>
        ) : (
          <>
            <p aria-live="polite">
              {t("search.count", { count: outcome.totalItems })}{" "}
              {outcome.totalPages > 1 ? t("search.pageOf", { page: outcome.page, total: outcome.totalPages }) : null}
            </p>
            <ol className="result-list">
              {outcome.items.map((item) => (
                <Result key={item.id} item={item as ResultItem} lang={lang} />
              ))}
            </ol>
            {outcome.totalPages > 1 ? (
              <nav className="pagination" aria-label={t("search.pagination")}>
                <ul>
                  {outcome.page > 1 ? (
                    <li>
                      <Link to={`/${lang}/contacts${searchQueryString(params, { page: outcome.page - 1 })}`} rel="prev">
                        {t("search.previous")}
                      </Link>
                    </li>
                  ) : null}
                  <li aria-current="page">{t("search.pageOf", { page: outcome.page, total: outcome.totalPages })}</li>
                  {outcome.page < outcome.totalPages ? (
                    <li>
                      <Link to={`/${lang}/contacts${searchQueryString(params, { page: outcome.page + 1 })}`} rel="next">
                        {t("search.next")}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="quality-link" className="directory-quality-link">
        <h2 id="quality-link">
          <Link to={`/${lang}/contacts/quality`}>{t("qualityLink.title")}</Link>
        </h2>
        <p>{t("qualityLink.intro")}</p>
      </section>
    </div>
  );
}

function Result({ item, lang }: { item: ResultItem; lang: string }) {
  const { t } = useTranslation("directory");
  const headingId = `result-${item.id}`;
  return (
    <li className="result" aria-labelledby={headingId}>
      <h3 id={headingId} className="result__name">
        <Link to={`/${lang}/contacts/${item.id}`}>{item.name}</Link>
      </h3>
      {item.organization !== item.name ? <p className="result__org">{item.organization}</p> : null}
      {item.summary ? (
        <p>
          <PhoneParts parts={item.summary} />
        </p>
      ) : null}
      <dl className="result__facts">
        {item.topics.length > 0 ? (
          <div>
            <dt>{t("result.helpsWith")}</dt>
            <dd className="result__topics">
              {item.topics.map((topic, index) => (
                <span key={topic.id} className="result__topic">
                  <Pictogram name={topicPictogram(topic.id)} size="xs" /> {topic.name}
                  {index < item.topics.length - 1 ? ", " : null}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("result.area")}</dt>
          <dd>{item.areas.map((area) => area.name).join(", ")}</dd>
        </div>
        <div>
          <dt>{t("result.reach")}</dt>
          <dd>
            <ul className="result__reach">
              {item.phones.map((phone) => (
                <li key={phone.number}>
                  {t("result.phone")}{" "}
                  <a href={`tel:${phone.number.replace(/[^\d+]/g, "")}`} className="no-print-url">
                    {phone.number}
                  </a>
                  {phone.toVerify ? <span className="tag tag--verify"> ({t("result.toVerify")})</span> : null}
                </li>
              ))}
              {item.place ? <li>{item.place}</li> : null}
              {item.walkIn ? <li>{t("result.walkIn")}</li> : null}
              {item.url ? (
                <li>
                  <a href={item.url} rel="noreferrer">
                    {t("result.website")}
                    <span className="visually-hidden">: {item.name}</span>
                  </a>
                </li>
              ) : null}
              {item.phones.length === 0 && !item.place && !item.url ? <li>{t("result.noReach")}</li> : null}
            </ul>
          </dd>
        </div>
        {item.opening.kind !== "unknown" ? (
          <div>
            <dt>{t("result.openNow")}</dt>
            <dd>
              <OpeningLine kind={item.opening.kind} sentence={item.openingText} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("howWeKnow.title")}</dt>
          <dd>
            <HowWeKnowLine known={item.howWeKnow} short />
            {item.howWeKnow.state === "stale" ? (
              <strong className="tag tag--stale"> {t("howWeKnow.stale")}</strong>
            ) : null}
          </dd>
        </div>
      </dl>
      {item.free || item.anonymousAdvice || item.toVerify ? (
        <p className="result__badges">
          {item.free ? <span className="tag">{t("result.free")}</span> : null}
          {item.anonymousAdvice ? <span className="tag">{t("result.anonymous")}</span> : null}
          {item.toVerify ? <span className="tag tag--verify">{t("result.toVerify")}</span> : null}
        </p>
      ) : null}
    </li>
  );
}
