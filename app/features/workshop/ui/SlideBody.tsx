import { useTranslation } from "react-i18next";
import { GuideText } from "~/ui/GuideText";
import type { SlideContent } from "../workshop-views";

/**
 * What one slide shows: a small kicker (what kind of thing this is), the one idea as the heading,
 * and at most a few short lines. `Heading` is h1 on the slide itself, h2 in the presenter view.
 */
export function SlideBody({
  content,
  terms,
  Heading = "h1",
  headingId,
}: {
  content: SlideContent;
  terms: Record<string, string>;
  Heading?: "h1" | "h2";
  headingId?: string;
}) {
  const { t } = useTranslation("workshop");
  const kicker = (() => {
    switch (content.kind) {
      case "title":
        return t("slides.kicker.title");
      case "signal":
        return t("slides.kicker.signal");
      case "tip":
        return t("slides.kicker.tip");
      case "case":
        return t("slides.kicker.case");
      case "quiz":
      case "quiz-answer":
        return t("slides.kicker.quiz");
      case "step-question":
      case "step-outcome":
        return t("slides.kicker.step");
      default:
        return null;
    }
  })();
  const danger = (content.kind === "signal" || content.kind === "step-outcome") && content.danger;
  return (
    <div className={`ws-slide__body ws-slide__body--${content.kind}${danger ? " ws-slide__body--danger" : ""}`}>
      {kicker ? <p className="ws-slide__kicker">{kicker}</p> : null}
      <Heading id={headingId} className="ws-slide__title">
        <GuideText text={content.title} terms={terms} />
      </Heading>
      <Details content={content} terms={terms} />
    </div>
  );
}

function Details({ content, terms }: { content: SlideContent; terms: Record<string, string> }) {
  const { t } = useTranslation("workshop");
  const text = (value: string) => <GuideText text={value} terms={terms} />;
  switch (content.kind) {
    case "title":
      return (
        <>
          <p className="ws-slide__lead">
            {content.audience}. {t("slides.minutes", { minutes: content.minutes })}
          </p>
          <p>{text(content.summary)}</p>
        </>
      );
    case "point":
      return (
        <ul className="ws-slide__lines">
          {content.lines.map((line) => (
            <li key={line}>{text(line)}</li>
          ))}
        </ul>
      );
    case "signal":
      return <p className="ws-slide__lead">{text(content.example)}</p>;
    case "tip":
      return (
        <dl className="ws-slide__dodont">
          <div>
            <dt>{t("slides.do")}</dt>
            <dd>{text(content.do)}</dd>
          </div>
          <div>
            <dt>{t("slides.dont")}</dt>
            <dd>{text(content.dont)}</dd>
          </div>
        </dl>
      );
    case "case":
      return (
        <div className="ws-slide__case">
          <div>
            {content.story.map((line) => (
              <p key={line}>{text(line)}</p>
            ))}
          </div>
          <div>
            <p className="ws-slide__sub">{t("slides.questions")}</p>
            <ol>
              {content.questions.map((q) => (
                <li key={q}>{text(q)}</li>
              ))}
            </ol>
          </div>
        </div>
      );
    case "quiz":
      return <p className="ws-slide__lead ws-slide__ask">{t("quiz.question")}</p>;
    case "quiz-answer":
      return (
        <>
          <p
            className={
              content.isSignal ? "ws-slide__answer ws-slide__answer--yes" : "ws-slide__answer ws-slide__answer--no"
            }
          >
            {content.isSignal ? t("slides.answerSignal") : t("slides.answerNoSignal")}
          </p>
          <p className="ws-slide__lead">{text(content.explanation)}</p>
        </>
      );
    case "step-question":
      return (
        <>
          <p className="ws-slide__sub">{t("slides.options")}</p>
          <ul className="ws-slide__lines ws-slide__lines--compact">
            {content.options.map((option) => (
              <li key={option}>{text(option)}</li>
            ))}
          </ul>
        </>
      );
    case "step-outcome":
      return (
        <>
          <p className="ws-slide__lead">{text(content.summary)}</p>
          <ol className="ws-slide__lines ws-slide__lines--compact">
            {content.steps.map((step) => (
              <li key={step}>{text(step)}</li>
            ))}
          </ol>
        </>
      );
  }
}
