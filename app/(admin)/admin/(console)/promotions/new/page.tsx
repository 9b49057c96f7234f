import { adminMetadata } from "@/lib/seo/admin-metadata";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listSkuOptions } from "@/lib/catalogue/list-sku-options";
import { listCategoryOptions } from "@/lib/catalogue/list-category-options";
import { PageHeader } from "@/components/ui/page-header";
import { PromotionFormClient } from "@/components/admin/promotion-form/promotion-form-client";
import { newForm } from "@/components/admin/promotion-form/form-model";
import { timeZoneOf } from "@/lib/shops/shop-zone";

export const generateMetadata = () => adminMetadata("nav.promotions");

export default async function NewPromotionPage() {
  const ctx = await getAdminContext();
  if (ctx.actor.role !== "ADMIN" && ctx.actor.role !== "OPERATOR") redirect("/admin/promotions");
  const t = await getTranslations("form");
  const locale = (await getLocale()) as "zh" | "en";
  const [skus, categories, zone] = await Promise.all([listSkuOptions(ctx.actor.shopId ?? ctx.viewShopId, 5000), listCategoryOptions(locale), timeZoneOf(ctx.actor.shopId)]);
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <PromotionFormClient initial={newForm("FULL_REDUCTION", new Date(), zone)} pickShop={!ctx.actor.shopId} skus={skus} categories={categories} />
    </>
  );
}
