import { signOutAction } from "@/lib/auth/sign-out-action";

/** 退出登录: a form (no client script, no next-auth client bundle). */
export function SignOutButton({ label, callbackUrl, className = "" }: { label: string; callbackUrl: string; className?: string }) {
  return (
    <form action={signOutAction} className="inline">
      <input type="hidden" name="next" value={callbackUrl} />
      <button className={`min-h-11 ${className}`}>{label}</button>
    </form>
  );
}
