import type { DB } from "#db/database.server";
import { oldestKnowledgeFirst } from "~/features/directory/reach-sql";
import { overdueCutoff } from "./overdue";
import { uncertainFactCount } from "./fact-checks.server";

// The numbers on the editors' start page, and the services that most need a check.

export interface DashboardSummary {
  active: number;
  overdue: number;
  /** services with at least one fact marked "nog controleren" */
  toVerify: number;
  /** the facts marked "nog controleren", one per kind per service (decision 022) */
  uncertainFacts: number;
  archived: number;
  mostOverdue: { id: string; name: string; organization: string; assuredDate: string | null }[];
}

export async function dashboardSummary(db: DB, today: string, listSize = 10): Promise<DashboardSummary> {
  const cutoff = overdueCutoff(today);
  const counts = await db
    .selectFrom("service")
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("status", "!=", "defunct").then(1).else(0).end()).as("active"),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.and([
                eb("status", "!=", "defunct"),
                eb.or([eb("assured_date", "is", null), eb("assured_date", "<", cutoff)]),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as("overdue"),
      eb.fn.sum<number>(eb.case().when("status", "=", "defunct").then(1).else(0).end()).as("archived"),
    ])
    .executeTakeFirstOrThrow();
  const uncertain = await db
    .selectFrom("service")
    .select(uncertainFactCount("service.id").as("facts"))
    .where("status", "!=", "defunct")
    .execute();
  const mostOverdue = await db
    .selectFrom("service")
    .innerJoin("organization", "organization.id", "service.organization_id")
    .select(["service.id", "service.name", "organization.name as organization", "service.assured_date"])
    .where("service.status", "!=", "defunct")
    .where((eb) => eb.or([eb("service.assured_date", "is", null), eb("service.assured_date", "<", cutoff)]))
    .orderBy(oldestKnowledgeFirst)
    .orderBy("service.name")
    .limit(listSize)
    .execute();
  return {
    active: Number(counts.active ?? 0),
    overdue: Number(counts.overdue ?? 0),
    toVerify: uncertain.filter((row) => Number(row.facts) > 0).length,
    uncertainFacts: uncertain.reduce((sum, row) => sum + Number(row.facts), 0),
    archived: Number(counts.archived ?? 0),
    mostOverdue: mostOverdue.map((r) => ({
      id: r.id,
      name: r.name,
      organization: r.organization,
      assuredDate: r.assured_date,
    })),
  };
}
