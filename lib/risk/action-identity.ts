import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "@/lib/api/raw-request";
import { deviceFromCookie, type Identity } from "./request-identity";

/** Who is acting, in a server action (the shop's own forms): the stamped client address and the device cookie. */
export async function actionIdentity(): Promise<Identity> {
  const h = await headers();
  return { ip: h.get(CLIENT_IP_HEADER), deviceId: deviceFromCookie(h.get("cookie")) };
}
