import { flashAttemptRoute } from "@/lib/flash-sale/attempt-route";

export const POST = flashAttemptRoute;
