import { z } from "zod";
import { AppError, isAppError } from "@/lib/api/errors";
import { errorReply, json, publicRoute, responseReply } from "@/lib/api/handler";
import { assertSameOrigin } from "@/lib/api/origin-check";
import { safeCallback } from "./safe-callback";
import { SESSION_MAX_AGE, sessionCookieName, signInWithPassword, type SignInProvider } from "./sign-in";

export const signInBodySchema = z.object({
  email: z.string().trim().min(1, "is required").max(200),
  password: z.string().min(1, "is required").max(200),
  callbackUrl: z.string().max(2000).optional(),
});

const LOGIN_PAGE: Record<SignInProvider, string> = { staff: "/admin/login", shopper: "/login" };
const HOME: Record<SignInProvider, string> = { staff: "/admin", shopper: "/" };

const ERROR_PARAM: Record<string, string> = { RATE_LIMITED: "rate", UNAVAILABLE: "unavailable" };

function redirect(to: string, cookies: string[] = []) {
  const headers = new Headers({ location: to, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return responseReply(new Response(null, { status: 303, headers }));
}

/**
 * POST /api/auth/sign-in/{staff|shopper}: the one way to sign in. A plain form post (no scripts
 * needed, nothing in the URL) answers with a redirect — to the callback on success, back to the
 * sign-in page with `?error=` otherwise; a JSON post answers JSON. Login CSRF is refused by the
 * Origin check; failures are limited per account and per IP (429).
 */
export const signInRoute = publicRoute({ body: signInBodySchema, summary: "Sign in with email and password (form or JSON); sets the session cookie" }, async ({ req, body, params, ip }) => {
  const provider = params.provider as SignInProvider;
  if (provider !== "staff" && provider !== "shopper") throw new AppError("NOT_FOUND", "No such sign-in");
  const isForm = (req.header("content-type") ?? "").includes("application/x-www-form-urlencoded");
  const target = safeCallback(body.callbackUrl, HOME[provider]);
  const back = (error: string) => `${LOGIN_PAGE[provider]}?error=${error}&callbackUrl=${encodeURIComponent(target)}`;
  try {
    assertSameOrigin({ ...req, method: "POST" });
    const done = await signInWithPassword(provider, body.email, body.password, ip);
    if (!done) {
      if (isForm) return redirect(back("failed"));
      throw new AppError("UNAUTHENTICATED", "Wrong email or password");
    }
    const secure = sessionCookieName().startsWith("__Secure-");
    const cookies = [`${sessionCookieName()}=${done.token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_MAX_AGE}${secure ? "; Secure" : ""}`];
    // not a secret: it only tells cached shop pages to ask who is signed in (shopper-context-client)
    if (provider === "shopper") cookies.push(`promo_session=1; Path=/; SameSite=Lax; Max-Age=${SESSION_MAX_AGE}${secure ? "; Secure" : ""}`);
    if (isForm) return redirect(target, cookies);
    const reply = json({ ok: true, url: target, user: { id: done.user.id, kind: done.user.kind, role: done.user.role } });
    const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
    for (const c of cookies) headers.append("set-cookie", c);
    return responseReply(new Response(JSON.stringify(reply.body), { status: 200, headers }));
  } catch (e) {
    if (isForm && isAppError(e)) return redirect(back(ERROR_PARAM[e.code] ?? "failed"));
    return errorReply(e);
  }
});
