import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const statusTone: Record<string, BadgeTone> = {
  DRAFT: "gray",
  PENDING_REVIEW: "amber",
  APPROVED: "blue",
  REJECTED: "red",
  SCHEDULED: "violet",
  ACTIVE: "green",
  ENDED: "gray",
  TERMINATED: "red",
};

export const statusColor: Record<string, string> = {
  DRAFT: "#94a3b8",
  PENDING_REVIEW: "#f59e0b",
  APPROVED: "#0ea5e9",
  REJECTED: "#f43f5e",
  SCHEDULED: "#8b5cf6",
  ACTIVE: "#10b981",
  ENDED: "#64748b",
  TERMINATED: "#be123c",
};

export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("status");
  return <Badge tone={statusTone[status] ?? "gray"}>{t(status)}</Badge>;
}
