import { adminMetadata } from "@/lib/seo/admin-metadata";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listSkuOptions } from "@/lib/catalogue/list-sku-options";
import { listCategoryOptions } from "@/lib/catalogue/list-category-options";
import { PageHeader } from "@/components/ui/page-header";
import { PromotionFormClient } from "@/components/admin/promotion-form/promotion-form-client";

export const generateMetadata = () => adminMetadata("nav.promotions");

export default async function NewPromotionPage() {
  const ctx = await getAdminContext();
  if (ctx.actor.role !== "ADMIN" && ctx.actor.role !== "OPERATOR") redirect("/admin/promotions");
  const t = await getTranslations("form");
  const locale = (await getLocale()) as "zh" | "en";
  const [skus, categories] = await Promise.all([listSkuOptions(ctx.actor.shopId ?? ctx.viewShopId, 5000), listCategoryOptions(locale)]);
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <PromotionFormClient pickShop={!ctx.actor.shopId} skus={skus} categories={categories} />
    </>
  );
}
