import { getTranslations } from "next-intl/server";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { getShopperId } from "@/lib/auth/session-actor";
import { inviterByCode } from "@/lib/invites/invitations";
import { inviteProgram } from "@/lib/invites/invite-program";
import { AcceptInviteClient } from "@/components/shop/accept-invite-client";

export const generateMetadata = () => shopPageMetadata("inviteTitle", "/invite");

/** 邀请有礼 landing: who invites, and accept (signed in) or sign in first and come back. */
export default async function InviteLandingPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await getTranslations("invite");
  const [inviter, program, shopperId] = await Promise.all([inviterByCode(code.slice(0, 40)), inviteProgram(), getShopperId()]);
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="text-4xl" aria-hidden>🎁</p>
      {!inviter || !program.active ? (
        <p role="alert" className="text-sm text-rose-700">{t("invalid")}</p>
      ) : (
        <>
          <h1 className="text-lg font-semibold text-slate-900">{t("invitedBy", { name: inviter.name })}</h1>
          <p className="text-sm text-slate-700">{t("pitch")}</p>
          {shopperId ? (
            <AcceptInviteClient code={code} labels={{ accept: t("accept"), accepted: t("accepted"), failed: t("failed") }} />
          ) : (
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/invite/${code}`)}`} className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700">{t("signInToAccept")}</Link>
          )}
        </>
      )}
    </section>
  );
}
