/** Starting and stopping `next start` on loopback for the benchmark, and measuring it with autocannon. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { median } from "./queries";

export type Server = { url: string; child: ChildProcess; log: string[] };

export async function startServer(port: number, databaseFile: string): Promise<Server> {
  const log: string[] = [];
  // Its own process group (detached), so stopping it also stops any worker it forks.
  // Bound by the name "localhost" (it resolves to 127.0.0.1 here): Next builds its internal rewrite URLs with that
  // name, and with `-H 127.0.0.1` it takes next-intl's rewrite of /compare to /en/compare for an external one that
  // comes back through the proxy and is redirected to /compare again (a redirect loop on every page but `/`).
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "localhost"], {
    env: { ...process.env, DATABASE_URL: databaseFile, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => log.push(String(d)));
  child.stderr!.on("data", (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log.join("")}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return { url, child, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopServer({ url, child, log });
  throw new Error(`next start did not answer /api/health within 60 s:\n${log.join("")}`);
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.pid === undefined) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  try {
    process.kill(-server.child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.child.pid!, "SIGKILL");
    } catch {
      // gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** MB; `files`: the file-backed part by file (from /proc/PID/smaps), largest first. */
export type Rss = { total: number; anon: number; file: number; files: { path: string; mb: number }[] };

/** The resident file-backed memory of a process by file, MB, largest first (Linux; empty elsewhere). */
function residentFiles(pid: number): { path: string; mb: number }[] {
  let smaps: string;
  try {
    smaps = fs.readFileSync(`/proc/${pid}/smaps`, "utf8");
  } catch {
    return [];
  }
  const byPath = new Map<string, number>();
  let current: string | null = null;
  for (const line of smaps.split("\n")) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (mapping) {
      current = mapping[1].startsWith("/") ? mapping[1] : null;
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB$/.exec(line);
    if (rss && current) byPath.set(current, (byPath.get(current) ?? 0) + Number(rss[1]) / 1024);
  }
  return [...byPath].map(([path, mb]) => ({ path, mb })).sort((a, b) => b.mb - a.mb);
}

/**
 * VmRSS (MB) of the server: the `next-server` process in the group if there is one, else the spawned process;
 * with its split into anonymous memory (heap) and file-backed pages (code, and the memory-mapped database).
 */
/**
 * The server's processes (the one started and those in its process group) with the fields of /proc/PID/stat
 * after the command name; empty where there is no /proc (Linux only).
 */
function serverProcesses(server: Server): { pid: number; stat: string[] }[] {
  const pid = server.child.pid;
  if (!pid || !fs.existsSync("/proc")) return [];
  const out: { pid: number; stat: string[] }[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const stat = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
      if (Number(entry) === pid || Number(stat[2]) === pid) out.push({ pid: Number(entry), stat });
    } catch {
      // raced with an exiting process
    }
  }
  return out;
}

export function serverRss(server: Server): Rss | null {
  const pids = serverProcesses(server).map((p) => p.pid);
  let best: (Rss & { name: string; pid: number }) | null = null;
  for (const p of pids) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "";
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(status)?.[1] ?? 0) / 1024;
      const rss = { total: kb("VmRSS"), anon: kb("RssAnon"), file: kb("RssFile") + kb("RssShmem"), files: [] as Rss["files"], name, pid: p };
      if (!best || name.startsWith("next-server") || (!best.name.startsWith("next-server") && rss.total > best.total)) best = rss;
    } catch {
      // gone
    }
  }
  return best ? { total: best.total, anon: best.anon, file: best.file, files: residentFiles(best.pid) } : null;
}

/**
 * The weight of one page as a browser gets it uncompressed: the document's bytes, and the part of them that is
 * React's inline RSC payload (the `self.__next_f.push(...)` scripts: the rendered tree again, as data).
 */
export async function documentWeight(url: string): Promise<{ bytes: number; rscBytes: number }> {
  const r = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const html = await r.text();
  if (!r.ok) throw new Error(`GET ${url}: HTTP ${r.status}`);
  let rscBytes = 0;
  for (const m of html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)) rscBytes += Buffer.byteLength(m[0]);
  return { bytes: Buffer.byteLength(html), rscBytes };
}

/** Status of one GET (404 = the page does not exist yet in this build). */
export async function probe(url: string): Promise<number> {
  const r = await fetch(url, { redirect: "manual" });
  await r.arrayBuffer();
  return r.status;
}

/** Sequential requests, one at a time: the median (and p99-ish max) server time of a page, in ms, after two warm-ups. */
export async function serverTime(url: string, runs: number): Promise<{ median: number; max: number; bytes: number }> {
  await sequentialGets([url, url]);
  return sequentialGets(Array.from({ length: runs }, () => url));
}

/** One GET per URL, one at a time (different URLs for cache misses, the same one for hits): median and max wall time in ms. */
export async function sequentialGets(urls: string[]): Promise<{ median: number; max: number; bytes: number }> {
  const xs: number[] = [];
  let bytes = 0;
  for (const url of urls) {
    const t = performance.now();
    const r = await fetch(url);
    const body = await r.arrayBuffer();
    if (!r.ok) throw new Error(`GET ${url}: HTTP ${r.status}`);
    xs.push(performance.now() - t);
    bytes = body.byteLength;
  }
  return { median: median(xs), max: Math.max(...xs), bytes };
}

export type Load = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  seconds: number;
  /** Mean response size. */
  bytesPerRequest: number;
  /** CPU used during the run, in cores (1 = one core busy the whole time): the server's process group, and this
   * process (autocannon, the client). On a 2-core machine a client near 1.0 means the client set the pace. */
  serverCores: number | null;
  /** The part of serverCores spent in the kernel (sending and receiving bytes, mostly). */
  serverSystemCores: number | null;
  clientCores: number;
};

/** Waits until the server answers the health route quickly again (requests still in flight after a load run). */
export async function drain(url: string, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    const t = performance.now();
    try {
      await probe(`${url}/api/health`);
    } catch {
      // busy
    }
    if (performance.now() - t < 100) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** autocannon as a library: bounded duration and connections, loopback only. */
export async function load(
  url: string,
  { seconds, connections, server, headers }: { seconds: number; connections: number; server?: Server; headers?: Record<string, string> },
): Promise<Load> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error("the benchmark only loads loopback");
  const serverBefore = server ? serverCpuSeconds(server) : null;
  const clientBefore = process.cpuUsage();
  const startedAt = performance.now();
  const r = await autocannon({ url, duration: seconds, connections, timeout: 30, headers });
  const elapsed = (performance.now() - startedAt) / 1000;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = server ? serverCpuSeconds(server) : null;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
    seconds,
    bytesPerRequest: r.requests.total ? r.throughput.total / r.requests.total : 0,
    serverCores: serverBefore !== null && serverAfter !== null ? (serverAfter.total - serverBefore.total) / elapsed : null,
    serverSystemCores: serverBefore !== null && serverAfter !== null ? (serverAfter.system - serverBefore.system) / elapsed : null,
    clientCores: (client.user + client.system) / 1e6 / elapsed,
  };
}

/** CPU seconds (user + system, and system alone) used so far by the server's process group, from /proc (Linux); null elsewhere. */
export function serverCpuSeconds(server: Server): { total: number; system: number } | null {
  const processes = serverProcesses(server);
  if (processes.length === 0) return null;
  // utime and stime, in clock ticks (USER_HZ is 100 on Linux)
  const user = processes.reduce((n, p) => n + Number(p.stat[11]), 0);
  const system = processes.reduce((n, p) => n + Number(p.stat[12]), 0);
  return { total: (user + system) / 100, system: system / 100 };
}
