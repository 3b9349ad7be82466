import {
  json,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  CARD_SIZES,
  MAX_LENGTH,
  emptyCard,
  readCardForm,
  validateCard,
  type CardError,
  type CardField,
  type CardValues,
} from "~/features/card/appointment";
import { todayInAmsterdam } from "~/features/calendar/today";
import { cardView, type CardService, type CardView } from "~/features/card/appointment-view";
import { getVisitorText } from "~/features/directory/contact-page.server";
import { t as translate } from "~/i18n/i18n";
import type { Lang } from "~/i18n/lang";
import { requireLang } from "~/i18n/params";
import { ErrorSummary } from "~/ui/form/ErrorSummary";
import { TextArea, TextField } from "~/ui/form/fields";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { PrintButton } from "~/ui/PrintButton";
import { flagFormErrors, formHadErrors } from "~/ui/form/form-error-title";
import { Pictogram } from "~/ui/Pictogram";
import type { PictogramName } from "~/ui/pictograms";
import { ClockPictogram, WeekPictogram } from "~/ui/TimePictograms";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/card.css";

// The appointment card. The filled-in text travels in one POST, is rendered once and forgotten:
// no database, no log line, no cache (docs/product.md principle 3).

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** The service the card is about (?contact=<id> from a contact page), as its visitor card says it. */
async function cardService(id: unknown, lang: Lang): Promise<CardService | null> {
  return typeof id === "string" && id ? getVisitorText(id, lang) : null;
}

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // After a no-JS POST with errors the loader runs in the same request: tell meta() (a boolean).
  return json({
    formHasErrors: formHadErrors(context),
    service: await cardService(new URL(request.url).searchParams.get("contact"), lang),
  });
}

type ActionData =
  | { state: "form"; values: CardValues; errors: CardError[]; service: CardService | null }
  | { state: "card"; card: CardView };

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const form = await request.formData();
  const values = readCardForm(form);
  const service = await cardService(form.get("contact"), lang);
  if (form.get("intent") === "edit") {
    return json<ActionData>({ state: "form", values, errors: [], service }, { headers: NO_STORE });
  }
  const result = validateCard(values, todayInAmsterdam());
  if (!result.ok) flagFormErrors(context);
  if (!result.ok)
    return json<ActionData>({ state: "form", values, errors: result.errors, service }, { headers: NO_STORE });
  return json<ActionData>(
    { state: "card", card: cardView(result.values, result.when, lang, service) },
    { headers: NO_STORE },
  );
}

export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has("Cache-Control") ? actionHeaders : loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  const prefix = data?.formHasErrors ? translate(lang, "errors.prefix") : "";
  return pageMeta(prefix + translate(lang, "card:title"), lang, translate(lang, "card:metaDescription"));
};

export default function AppointmentCardPage() {
  const data = useActionData<typeof action>();
  const loaded = useLoaderData<typeof loader>();
  if (data?.state === "card") return <CardResult card={data.card} />;
  return (
    <CardForm
      values={data?.values ?? emptyCard()}
      errors={data?.errors ?? []}
      service={data ? data.service : loaded.service}
    />
  );
}

function CardForm({
  values,
  errors,
  service,
}: {
  values: CardValues;
  errors: CardError[];
  service: CardService | null;
}) {
  const { t } = useTranslation("card");
  const intro = t("intro", { returnObjects: true }) as string[];
  const message = (error: CardError) => t(`errors.${error.key}`, { max: error.max });
  const errorFor = (field: CardField) => errors.find((error) => error.field === field);
  useErrorTitle(errors.length > 0);

  const field = (name: CardField, type: "text" | "date" | "time" | "textarea" = "text") => {
    const error = errorFor(name);
    const common = {
      id: name,
      label: t(`fields.${name}`),
      hint: t(`fields.${name}Hint`),
      error: error ? message(error) : undefined,
      defaultValue: values[name],
      maxLength: MAX_LENGTH[name] + 40,
      autoComplete: "off",
    };
    return type === "textarea" ? <TextArea rows={2} {...common} /> : <TextField type={type} {...common} />;
  };

  return (
    <div className="card-page">
      <h1>{t("title")}</h1>
      <ErrorSummary errors={errors.map((error) => ({ field: error.field, message: message(error) }))} />
      {intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="callout">{t("privacy")}</p>
      <Form method="post" noValidate className="card-form" autoComplete="off">
        {service ? (
          <p className="callout">
            {t("forService", { name: service.name })}
            <input type="hidden" name="contact" value={service.id} />
          </p>
        ) : null}
        {field("what", "textarea")}
        {field("who")}
        <div className="card-form__when">
          <Pictogram name="calendar" size="md" className="card-form__pictogram" />
          {field("date", "date")}
        </div>
        <div className="card-form__when">
          <Pictogram name="clock" size="md" className="card-form__pictogram" />
          {field("time", "time")}
        </div>
        {field("place", "textarea")}
        {field("bring")}
        <fieldset className="field">
          <legend>{t("fields.size")}</legend>
          {CARD_SIZES.map((size) => (
            <div className="choice" key={size}>
              <input type="radio" id={`size-${size}`} name="size" value={size} defaultChecked={values.size === size} />
              <label htmlFor={`size-${size}`}>{t(`fields.${size}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t("submit")}</button>
      </Form>
    </div>
  );
}

function CardRow({
  pictogram,
  label,
  children,
}: {
  pictogram: PictogramName | JSX.Element;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <li className="appointment-card__row">
      <span className="appointment-card__picture">
        {typeof pictogram === "string" ? <Pictogram name={pictogram} size="lg" /> : pictogram}
      </span>
      <span className="appointment-card__label">
        {label}
        <span className="visually-hidden">: </span>
      </span>
      <span className="appointment-card__value">{children}</span>
    </li>
  );
}

function CardResult({ card }: { card: CardView }) {
  const { t } = useTranslation("card");
  const lang = langOrDefault(useParams().lang);
  const { values } = card;
  return (
    <div className="card-page card-page--result">
      <h1 className="no-print">{t("result.title")}</h1>
      <p className="no-print">{t("result.ready")}</p>
      <section
        className={`appointment-card appointment-card--${values.size}`}
        aria-labelledby="card-heading"
        lang={lang}
      >
        <h2 id="card-heading" className="appointment-card__heading">
          {t("card.heading")}
        </h2>
        {card.service ? (
          // The visitor text of the service, never its professional summary (issue 14, decision 014).
          <p className="appointment-card__service">
            <strong>{card.service.name}</strong>
            {card.service.text ? <>. {card.service.text}</> : null}
          </p>
        ) : null}
        <ul className="appointment-card__list">
          <CardRow pictogram="check-ok" label={t("card.what")}>
            {values.what}
          </CardRow>
          {values.who ? (
            <CardRow pictogram="person" label={t("card.who")}>
              {values.who}
            </CardRow>
          ) : null}
          <CardRow pictogram="calendar" label={t("card.day")}>
            {card.dateText}
            <WeekPictogram weekday={card.weekday} letters={t("weekLetters", { returnObjects: true }) as string[]} />
          </CardRow>
          <CardRow pictogram={<ClockPictogram hour={card.hour} minute={card.minute} />} label={t("card.time")}>
            {t("card.clock", { clock: card.clock })}
            {card.timeWords ? <span className="appointment-card__words">{card.timeWords}</span> : null}
          </CardRow>
          <CardRow pictogram="house" label={t("card.place")}>
            {values.place}
          </CardRow>
          {values.bring ? (
            <CardRow pictogram="briefcase" label={t("card.bring")}>
              {values.bring}
            </CardRow>
          ) : null}
        </ul>
        <p className="appointment-card__footer">{t("card.cantCome")}</p>
      </section>
      <div className="button-row">
        <PrintButton label={t("result.print")} hint={t("result.printHint")} primary pictogram />
        <Form method="post">
          {(["what", "who", "date", "time", "place", "bring", "size"] as const).map((name) => (
            <input key={name} type="hidden" name={name} value={values[name]} />
          ))}
          {card.service ? <input type="hidden" name="contact" value={card.service.id} /> : null}
          <button type="submit" name="intent" value="edit" className="button--secondary">
            {t("result.edit")}
          </button>
        </Form>
        <Link to={`/${lang}/card/appointment`} className="button button--secondary" reloadDocument>
          {t("result.new")}
        </Link>
      </div>
      <p className="no-print">{t("result.forgotten")}</p>
    </div>
  );
}
