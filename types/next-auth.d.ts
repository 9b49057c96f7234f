import type { StaffRole } from "@/lib/generated/prisma/enums";

type ActorClaims = {
  kind: "staff" | "shopper";
  role: StaffRole | null;
  shopId: string | null;
};

declare module "next-auth" {
  interface User extends ActorClaims {
    id: string;
  }
  interface Session {
    user: ActorClaims & { id: string; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT extends ActorClaims {
    uid: string;
  }
}
