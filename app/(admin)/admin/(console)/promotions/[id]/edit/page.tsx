import { adminMetadata } from "@/lib/seo/admin-metadata";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getPromotionOrThrow } from "@/lib/promotions/get-promotion";
import { toPromotionDto } from "@/lib/promotions/promotion-dto";
import { listSkuOptions } from "@/lib/catalogue/list-sku-options";
import { listCategoryOptions } from "@/lib/catalogue/list-category-options";
import { PageHeader } from "@/components/ui/page-header";
import { PromotionFormClient } from "@/components/admin/promotion-form/promotion-form-client";
import { formFromPromotion } from "@/components/admin/promotion-form/form-model";
import { timeZoneOf } from "@/lib/shops/shop-zone";

export const generateMetadata = () => adminMetadata("nav.promotions");

export default async function EditPromotionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getAdminContext();
  const p = await getPromotionOrThrow(ctx.actor, id).catch(() => null);
  if (!p) notFound();
  if ((ctx.actor.role !== "ADMIN" && ctx.actor.role !== "OPERATOR") || (ctx.actor.shopId && !p.shopId)) redirect(`/admin/promotions/${id}`);
  const t = await getTranslations("form");
  const locale = (await getLocale()) as "zh" | "en";
  const [skus, categories, zone] = await Promise.all([listSkuOptions(p.shopId, 5000), listCategoryOptions(locale), timeZoneOf(p.shopId)]);
  return (
    <>
      <PageHeader title={t("editTitle", { name: p.name })} subtitle={["APPROVED", "SCHEDULED", "ACTIVE"].includes(p.status) ? t("editLiveWarning") : undefined} />
      <PromotionFormClient id={id} initial={formFromPromotion(toPromotionDto(p), zone)} pickShop={false} skus={skus} categories={categories} />
    </>
  );
}
