// POST /api/auth/sign-in/{staff|shopper} – sign in with email and password (form post or JSON), limited per account and IP
import { signInRoute } from "@/lib/auth/sign-in-route";

export const POST = signInRoute;
