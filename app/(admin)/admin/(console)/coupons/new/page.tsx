import { adminMetadata } from "@/lib/seo/admin-metadata";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listCategoryOptions } from "@/lib/catalogue/list-category-options";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listSkuOptions } from "@/lib/catalogue/list-sku-options";
import { PageHeader } from "@/components/ui/page-header";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { CouponTemplateFormClient } from "@/components/admin/coupon-template-form-client";

export const generateMetadata = () => adminMetadata("nav.coupons");

export default async function NewCouponTemplatePage() {
  const ctx = await getAdminContext();
  if (ctx.actor.role !== "ADMIN" && ctx.actor.role !== "OPERATOR") redirect("/admin/coupons");
  const t = await getTranslations("couponForm");
  const [skus, categories, zone] = await Promise.all([listSkuOptions(ctx.actor.shopId ?? ctx.viewShopId, 5000), listCategoryOptions((await getLocale()) as "zh" | "en"), timeZoneOf(ctx.actor.shopId)]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <CouponTemplateFormClient pickShop={!ctx.actor.shopId} skus={skus} categories={categories} timeZone={zone} />
    </>
  );
}
