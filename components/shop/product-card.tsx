import Image from "next/image";
import Link from "next/link";
import { formatYuan } from "@/lib/pricing/money";

type Props = { id: string; name: string; imageUrl: string | null; price: number; shopName: string; soldOutLabel?: string; fromLabel: string };

export function ProductCard({ id, name, imageUrl, price, shopName, soldOutLabel, fromLabel }: Props) {
  return (
    <Link href={`/products/${id}`} className="group overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200 transition hover:shadow-md">
      <div className="relative aspect-square bg-slate-100">
        {imageUrl && <Image src={imageUrl} alt={name} fill sizes="(max-width: 640px) 50vw, 240px" className="object-cover" unoptimized />}
        {soldOutLabel && <span className="absolute inset-x-0 bottom-0 bg-slate-900/70 py-1 text-center text-xs text-white">{soldOutLabel}</span>}
      </div>
      <div className="p-3">
        <h3 className="line-clamp-2 min-h-10 text-sm text-slate-800 group-hover:text-brand-700">{name}</h3>
        <p className="mt-2 text-base font-semibold text-brand-600 tabular-nums">
          {formatYuan(price)} <span className="text-xs font-normal text-slate-400">{fromLabel}</span>
        </p>
        <p className="mt-1 truncate text-xs text-slate-400">{shopName}</p>
      </div>
    </Link>
  );
}
