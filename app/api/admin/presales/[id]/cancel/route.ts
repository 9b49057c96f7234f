// POST /api/admin/presales/{id}/cancel – the shop cancels one presale purchase: the deposit is refunded, the units released
import { staffRoute } from "@/lib/api/handler";
import { cancelPresaleBodySchema } from "@/lib/presale/presale-schemas";
import { cancelPresale } from "@/lib/presale/cancel-presale";
import { presaleDto } from "@/lib/presale/my-presales";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: cancelPresaleBodySchema, summary: "Cancel a presale purchase (refunds the deposit)" }, async ({ actor, params, body }) => presaleDto(await cancelPresale(actor, params.id, body.reason)));
