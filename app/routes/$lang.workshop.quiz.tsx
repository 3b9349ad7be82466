import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { quizView } from "~/features/workshop/workshop-pages.server";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/workshop.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

// The answers are in the address only: read for this page, never stored or logged.
export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json(
    { view: quizView(lang, new URL(request.url).searchParams) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) =>
  pageMeta(data?.view.title ?? "Quiz", langOrDefault(params.lang));

export default function QuizPage() {
  const { view } = useLoaderData<typeof loader>();
  const { t } = useTranslation("workshop");
  const { terms, last, current } = view;
  const feedbackRef = useRef<HTMLElement>(null);
  // After an answer, move focus to its feedback so a screen reader reads it first.
  useEffect(() => {
    if (last) feedbackRef.current?.focus();
  }, [last]);
  const answerText = (answer: string) => (answer === "signal" ? t("quiz.answerSignal") : t("quiz.answerNoSignal"));

  return (
    <div className="workshop ws-quiz">
      <h1>{view.title}</h1>
      {view.answered.length === 0
        ? view.intro.map((line) => (
            <p key={line} className="lead">
              {line}
            </p>
          ))
        : null}

      {last ? (
        <section
          className={last.right ? "ws-quiz__feedback callout" : "ws-quiz__feedback callout ws-quiz__feedback--miss"}
          tabIndex={-1}
          ref={feedbackRef}
          aria-labelledby="feedback-title"
        >
          <h2 id="feedback-title">{last.right ? t("quiz.right") : t("quiz.notQuite")}</h2>
          <p className="ws-quiz__statement">
            <GuideText text={last.statement} terms={terms} />
          </p>
          <p>{t("quiz.yourAnswer", { answer: answerText(last.given) })}</p>
          <p>
            <strong>{last.correct === "signal" ? t("quiz.correctSignal") : t("quiz.correctNoSignal")}</strong>{" "}
            <GuideText text={last.explanation} terms={terms} />
          </p>
          {last.signal ? (
            <p>
              <Link to={last.signal.href}>{t("quiz.aboutSignal")}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {current ? (
        <Form method="get" className="ws-quiz__form" aria-labelledby="statement-title">
          {view.carry.map((field) => (
            <input key={field.name} type="hidden" name={field.name} value={field.value} />
          ))}
          <p className="ws-quiz__progress">{t("quiz.progress", { n: current.number, total: view.total })}</p>
          <h2 id="statement-title" className="ws-quiz__statement">
            <GuideText text={current.statement} terms={terms} />
          </h2>
          <p id="quiz-question">{t("quiz.question")}</p>
          <div className="button-row ws-quiz__answers" role="group" aria-labelledby="quiz-question">
            <button type="submit" name={current.id} value="signal" className="button">
              {t("quiz.answerSignal")}
            </button>
            <button type="submit" name={current.id} value="no-signal" className="button">
              {t("quiz.answerNoSignal")}
            </button>
          </div>
        </Form>
      ) : (
        <section aria-labelledby="done-title" className="ws-quiz__done">
          <h2 id="done-title">{t("quiz.doneTitle")}</h2>
          <p className="lead">{t("quiz.score", { score: view.score, total: view.total })}</p>
          <h3>{t("quiz.reviewTitle")}</h3>
          <ol className="ws-quiz__review">
            {view.answered.map((a) => (
              <li key={a.id}>
                <p className="ws-quiz__statement">
                  <GuideText text={a.statement} terms={terms} />
                </p>
                <p>
                  {t("quiz.yourAnswer", { answer: answerText(a.given) })}{" "}
                  {a.right ? t("quiz.right") : t("quiz.notQuite")}
                </p>
                <p>
                  <strong>{a.correct === "signal" ? t("quiz.correctSignal") : t("quiz.correctNoSignal")}</strong>{" "}
                  <GuideText text={a.explanation} terms={terms} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      {view.answered.length > 0 ? (
        <p>
          <Link to={view.restartHref} className="button button--secondary">
            {t("quiz.restart")}
          </Link>
        </p>
      ) : null}
      <p className="ws-quiz__privacy">{t("quiz.noStore")}</p>
      <SourceList sources={view.sources} />
    </div>
  );
}
