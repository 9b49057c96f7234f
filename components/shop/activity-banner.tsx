import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { CountdownClient } from "./countdown-client";

const gradients: Record<string, string> = {
  FLASH_SALE: "from-rose-600 to-orange-500",
  DISCOUNT: "from-orange-500 to-amber-400",
  FULL_REDUCTION: "from-brand-600 to-rose-500",
  FULL_DISCOUNT: "from-fuchsia-600 to-pink-500",
  NTH_ITEM: "from-sky-600 to-cyan-500",
  GIFT: "from-emerald-600 to-teal-500",
  GROUP_BUY: "from-violet-600 to-indigo-500",
  SHIPPING: "from-slate-700 to-slate-500",
};

type Banner = { id: string; name: string; type: string; startsAt: string; endsAt: string; owner: string | null };

/** A venue banner on the home page: type, name, owner and a countdown to its start or end. */
export function ActivityBanner({ v, nowMs }: { v: Banner; nowMs: number }) {
  const t = useTranslations("venue");
  const ts = useTranslations("shop");
  const tt = useTranslations("promoType");
  const started = new Date(v.startsAt).getTime() <= nowMs;
  return (
    <Link href={`/promotions/${v.id}`} className={`relative flex w-72 shrink-0 snap-start flex-col justify-between overflow-hidden rounded-2xl bg-gradient-to-br p-4 text-white shadow sm:w-80 ${gradients[v.type] ?? gradients.FULL_REDUCTION}`}>
      <div>
        <p className="text-xs text-white/80">
          {tt(v.type)} · {v.owner ?? ts("platformWide")} {!started && <span className="ml-1 rounded bg-white/25 px-1.5">{ts("warmUp")}</span>}
        </p>
        <p className="mt-1 line-clamp-2 text-lg font-bold leading-6">{v.name}</p>
      </div>
      <p className="mt-3 text-xs text-white/90">
        <CountdownClient to={started ? v.endsAt : v.startsAt} serverNow={nowMs} label={started ? t("endsIn", { time: "{time}" }) : t("startsIn", { time: "{time}" })} doneLabel={started ? t("ended") : t("startedNow")} dayUnit={ts("dayUnit")} />
      </p>
      <svg aria-hidden viewBox="0 0 100 100" className="absolute -right-4 -top-4 h-24 w-24 opacity-20">
        <circle cx="50" cy="50" r="45" fill="white" />
      </svg>
    </Link>
  );
}
