import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = { PENDING_PAYMENT: "amber", PAID: "green", COMPLETED: "blue", CANCELLED: "gray", REFUNDED: "violet" };

export function OrderStatusBadge({ status }: { status: string }) {
  const t = useTranslations("orderStatus");
  return <Badge tone={tones[status] ?? "gray"}>{t(status)}</Badge>;
}
