import Link from "next/link";
import { useTranslations } from "next-intl";
import { actorName, type AuditSubject } from "@/lib/audit/audit-subjects";

type Entry = { action: string; entity: string; actor: string; actorType: string };

/** One audit entry in the page's language: who, what they did, and to what (by name, linked). */
export function AuditLine({ entry, subject, withEntity = true }: { entry: Entry; subject?: AuditSubject; withEntity?: boolean }) {
  const t = useTranslations("audit");
  const known = (ns: "actions" | "entities", key: string) => (t.has(`${ns}.${key}`) ? t(`${ns}.${key}`) : key);
  const who = entry.actorType === "SYSTEM" ? t("system") : entry.actorType === "API_KEY" ? `${t("actorTypes.API_KEY")} ${actorName(entry.actor)}` : entry.actor;
  return (
    <>
      <span className="font-medium">{who}</span> · {known("actions", entry.action)}
      {withEntity && (
        <>
          {" "}
          <span className="text-ink-muted">{known("entities", entry.entity)}</span>{" "}
          {subject?.name ? (
            subject.href ? (
              <Link href={subject.href} className="text-brand-700 underline">
                {subject.name}
              </Link>
            ) : (
              <span>{subject.name}</span>
            )
          ) : (
            <span className="text-ink-muted">{t("deleted")}</span>
          )}
        </>
      )}
    </>
  );
}
