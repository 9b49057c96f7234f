import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Who is acting. Domain functions take it and filter by shop; nothing queries shop data without it. */
export type StaffActor = {
  kind: "staff";
  id: string;
  name: string;
  role: StaffRole;
  /** null = platform staff / platform key: sees every shop */
  shopId: string | null;
  via: "session" | "apiKey";
};

export type ShopperActor = { kind: "shopper"; id: string; name: string };

export type Actor = StaffActor | ShopperActor;

export const isPlatform = (a: StaffActor) => a.shopId === null;

export const actorLabel = (a: Actor) => (a.kind === "staff" && a.via === "apiKey" ? `key:${a.name}` : a.name);
