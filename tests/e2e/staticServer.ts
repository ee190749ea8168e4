import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The dumbest static file server: what "any static server" means in the
 * issue. No SPA fallback, no rewrites, so a path the app gets wrong 404s.
 */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let base = root;
    // Extra folders under a URL prefix ("/graphs/" -> bench/out/graphs), for the benchmark pages.
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (urlPath.startsWith(prefix)) {
        base = dir;
        urlPath = `/${urlPath.slice(prefix.length)}`;
        break;
      }
    }
    const file = path.join(base, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const stat = statSync(file);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Content-Length": stat.size,
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
