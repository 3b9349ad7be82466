import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GuideText } from "~/ui/GuideText";
import type { CaseView, PlanView } from "../workshop-views";

/** One case: the story, questions for the group, signals and tips (linked) and the steps' advice. */
export function CaseCard({
  item,
  labels,
  terms,
  headingLevel = 2,
}: {
  item: CaseView;
  labels: PlanView["caseLabels"];
  terms: Record<string, string>;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("workshop");
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section className="ws-case" id={item.id} aria-labelledby={`${item.id}-title`}>
      <Heading id={`${item.id}-title`}>{item.title}</Heading>
      <div className="ws-case__story">
        {item.story.map((line) => (
          <p key={line}>
            <GuideText text={line} terms={terms} />
          </p>
        ))}
      </div>
      <Sub>{labels.questions}</Sub>
      <ol className="ws-case__questions">
        {item.questions.map((q) => (
          <li key={q}>
            <GuideText text={q} terms={terms} />
          </li>
        ))}
      </ol>
      <div className="ws-case__grid">
        <div>
          <Sub>{labels.signals}</Sub>
          <ItemList items={item.signals} />
        </div>
        <div>
          <Sub>{labels.tips}</Sub>
          <ItemList items={item.tips} />
        </div>
      </div>
      <div className={item.outcome.danger ? "ws-case__advice callout callout--urgent" : "ws-case__advice callout"}>
        <Sub>{labels.advice}</Sub>
        <p>
          <GuideText text={item.advice} terms={terms} />
        </p>
        <p>
          {item.outcome.danger ? <strong>{t("cases.danger")}: </strong> : null}
          <Link to={item.outcome.href}>{item.outcome.title}</Link>
        </p>
      </div>
    </section>
  );
}

export function ItemList({ items }: { items: { id: string; title: string; href: string }[] }) {
  return (
    <ul className="ws-links">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={item.href}>{item.title}</Link>
        </li>
      ))}
    </ul>
  );
}
