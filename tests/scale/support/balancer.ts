import fs from "node:fs";
import path from "node:path";
import { launch, ROOT, type Service } from "./processes";

// nginx with the deployment's own configuration (deploy/nginx.conf), its compose service names
// swapped for the test's ports. Debian's nginx-light (.ci/run installs it).

export const NGINX = "/usr/sbin/nginx";

export function balancerConfig(port: number, appPorts: number[], accessLog: string): string {
  const config = fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
  const upstreams = appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  const rendered = config
    .replace(/^ {4}server app\d:3000 .*\n/gm, "")
    .replace("    keepalive 32;", `${upstreams}\n    keepalive 32;`)
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace("/var/log/nginx/access.log", accessLog);
  if (!rendered.includes(`127.0.0.1:${appPorts[0]}`)) throw new Error("deploy/nginx.conf changed shape: update balancerConfig");
  return rendered;
}

export interface Balancer extends Service {
  /** nginx's access log so far: a line per request, naming the instance that answered it. */
  accessLog(): string;
}

/** Starts nginx in the foreground. */
export function startBalancer(dir: string, port: number, appPorts: number[]): Balancer {
  const prefix = path.join(dir, "nginx");
  fs.mkdirSync(prefix, { recursive: true });
  const conf = path.join(prefix, "nginx.conf");
  const accessLog = path.join(prefix, "access.log");
  fs.writeFileSync(conf, balancerConfig(port, appPorts, accessLog));
  const service = launch("nginx", NGINX, ["-p", prefix, "-c", conf, "-g", `daemon off; pid ${path.join(prefix, "nginx.pid")};`], {});
  return { ...service, accessLog: () => (fs.existsSync(accessLog) ? fs.readFileSync(accessLog, "utf8") : "") };
}
