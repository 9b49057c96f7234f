import { createHash, randomBytes } from "node:crypto";

// Keys are random 32-byte secrets; only their SHA-256 is stored, so a database leak reveals no key.
export function generateApiKeySecret() {
  const key = `pk_${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");
