/**
 * Drives Debian's firefox-esr through WebDriver BiDi (built into Firefox; no geckodriver): installs
 * dist/ as a temporary add-on, navigates, evaluates in the page. Needs a global WebSocket (Node 22,
 * or Node 20 with --experimental-websocket, which vitest.e2e.config.ts passes).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

/** Keeps Firefox off the network: everything but 127.0.0.1 goes to a closed local port. */
const PREFS = {
  "network.proxy.type": 1,
  "network.proxy.http": "127.0.0.1",
  "network.proxy.http_port": 9,
  "network.proxy.ssl": "127.0.0.1",
  "network.proxy.ssl_port": 9,
  "network.proxy.no_proxies_on": "127.0.0.1",
  "browser.shell.checkDefaultBrowser": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.reportingpolicy.firstRun": false,
  "app.update.enabled": false,
  "extensions.update.enabled": false,
};

interface LogEntry {
  level: string;
  text: string;
  type: string;
}

export interface Firefox {
  /** The add-on id Firefox reports for the installed dist/. */
  addonId: string;
  logs: LogEntry[];
  navigate(url: string): Promise<void>;
  /** Evaluates an expression in the page's main world and returns its (JSON-able) value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

type Message = { id?: number; type: string; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: string; message?: string };

export async function launchFirefox(dist: string): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), "fogwatch-ff-"));
  writeFileSync(join(profile, "user.js"), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(""));
  const child = spawn(FIREFOX, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "about:blank"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const cleanup = () => {
    child.kill("SIGKILL");
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await bidiEndpoint(child);
    const socket = new WebSocket(`${endpoint}/session`);
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = () => reject(new Error(`cannot connect to ${endpoint}`));
    });
    const logs: LogEntry[] = [];
    const pending = new Map<number, (m: Message) => void>();
    let lastId = 0;
    socket.onmessage = (event) => {
      const m = JSON.parse(String(event.data)) as Message;
      if (m.id !== undefined) pending.get(m.id)?.(m);
      else if (m.method === "log.entryAdded" && m.params) logs.push(m.params as unknown as LogEntry);
    };
    const send = (method: string, params: object = {}) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, (m) => {
          pending.delete(id);
          if (m.type === "success") resolve(m.result ?? {});
          else reject(new Error(`${method}: ${m.error} ${m.message}`));
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    await send("session.new", { capabilities: {} });
    await send("session.subscribe", { events: ["log.entryAdded"] });
    const installed = await send("webExtension.install", { extensionData: { type: "path", path: dist } });
    const tree = await send("browsingContext.getTree");
    const context = (tree.contexts as Array<{ context: string }>)[0]!.context;
    return {
      addonId: String(installed.extension),
      logs,
      async navigate(url) {
        await send("browsingContext.navigate", { context, url, wait: "complete" });
      },
      async evaluate<T>(expression: string) {
        const r = await send("script.evaluate", {
          expression: `JSON.stringify(${expression})`,
          target: { context },
          awaitPromise: true,
        });
        const value = (r.result as { value?: string } | undefined)?.value;
        if (r.type !== "success" || value === undefined) throw new Error(`evaluate failed: ${JSON.stringify(r)}`);
        return JSON.parse(value) as T;
      },
      async close() {
        socket.close();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Waits for Firefox to print its WebDriver BiDi address. */
function bidiEndpoint(child: ChildProcess, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi:\n${output.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[\w.:\[\]-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`Firefox exited (${code}):\n${output.slice(-2000)}`)));
  });
}
