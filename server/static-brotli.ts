// The build's scripts and styles (/_next/static/…, content-hashed, immutable) sent brotli-compressed
// to a browser that accepts it: Next.js compresses with gzip only, and brotli is ~14 % smaller on
// this app's JavaScript (the shop pages' 155 kB gzip → 133 kB). When the server starts, the
// build's files are listed once and compressed in the background one after another (quality 11,
// off the event loop, never a crowd of them at once); until a file's copy is ready — and for
// anything that is not one of those files or another encoding — Next.js answers (gzip). The set is
// the build's: fixed and small (≈ 1 MB compressed), kept for the life of the process.
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type http from "node:http";

const brotli = promisify(zlib.brotliCompress);
const ROOT = path.join(process.cwd(), ".next", "static");
const PREFIX = "/_next/static/";
const TYPES: Record<string, string> = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };
const ready = new Map<string, Buffer>();
let started = false;

/** Lists the build's scripts and styles and compresses them one by one (once per process). */
export function precompressStaticAssets(root = ROOT) {
  if (started) return;
  started = true;
  let files: string[] = [];
  try {
    files = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => TYPES[path.extname(f)])
      .map((f) => path.join(root, f));
  } catch {
    return; // no build here (tests of other parts): Next.js answers everything
  }
  void (async () => {
    for (const file of files) {
      try {
        const raw = await readFile(file);
        ready.set(file, await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
      } catch {
        // unreadable now: that file stays with Next.js's gzip
      }
    }
  })();
}

/** Whether the Accept-Encoding header takes brotli (a `br;q=0` refuses it). */
export function acceptsBrotli(acceptEncoding: string | undefined) {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return coding.trim().toLowerCase() === "br" && (!q || Number(q.slice(2)) > 0);
  });
}

/** Which build file a request names, or null when it is not a script or style under /_next/static/. */
export function brotliAssetPath(method: string, urlPath: string, acceptEncoding: string | undefined): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!urlPath.startsWith(PREFIX) || !acceptsBrotli(acceptEncoding)) return null;
  const rel = urlPath.slice(PREFIX.length); // build file names need no decoding; a %-escape is not one of them
  if (!TYPES[path.extname(rel)] || !/^[\w.\/-]+$/.test(rel)) return null;
  const file = path.join(ROOT, rel);
  return file.startsWith(ROOT + path.sep) ? file : null; // no way out of the build's folder
}

/** Answers the request with the brotli copy; false when there is none yet (the caller hands it on). */
export function serveBrotliAsset(req: http.IncomingMessage, res: http.ServerResponse, file: string, headers: Record<string, string>) {
  const body = ready.get(file);
  if (!body) return false;
  res.writeHead(200, {
    ...headers,
    "content-type": TYPES[path.extname(file)],
    "content-encoding": "br",
    "content-length": body.length,
    "cache-control": "public, max-age=31536000, immutable",
    vary: "Accept-Encoding",
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
