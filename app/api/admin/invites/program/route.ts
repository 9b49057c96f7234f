// GET /api/admin/invites/program – 邀请有礼 settings; PUT – change them (platform ADMIN)
import { staffRoute } from "@/lib/api/handler";
import { inviteProgram, inviteProgramBodySchema, saveInviteProgram } from "@/lib/invites/invite-program";

export const GET = staffRoute({ summary: "The invite programme's settings" }, async () => inviteProgram());

export const PUT = staffRoute({ roles: ["ADMIN"], body: inviteProgramBodySchema, summary: "Set the invite programme: reward (coupon and/or points), cap per inviter, hold days" }, async ({ actor, body }) => saveInviteProgram(actor, body));
