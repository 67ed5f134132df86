import fs from "node:fs";
import path from "node:path";
import { launch, ROOT, type Service } from "./processes";

// nginx with the deployment's own configuration (deploy/nginx.conf), its compose service names
// swapped for the test's ports. Debian's nginx-light (.ci/run installs it).

export const NGINX = "/usr/sbin/nginx";

export function balancerConfig(port: number, appPorts: number[]): string {
  const config = fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
  const upstreams = appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  const rendered = config
    .replace(/^ {4}server app\d:3000 .*\n/gm, "")
    .replace("    keepalive 32;", `${upstreams}\n    keepalive 32;`)
    .replace("listen 80;", `listen 127.0.0.1:${port};`);
  if (!rendered.includes(`127.0.0.1:${appPorts[0]}`)) throw new Error("deploy/nginx.conf changed shape: update balancerConfig");
  return rendered;
}

/** Starts nginx in the foreground; its access log (stdout) names the instance behind each request. */
export async function startBalancer(dir: string, port: number, appPorts: number[]): Promise<Service> {
  const prefix = path.join(dir, "nginx");
  fs.mkdirSync(prefix, { recursive: true });
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(conf, balancerConfig(port, appPorts));
  return launch("nginx", NGINX, ["-p", prefix, "-c", conf, "-g", `daemon off; pid ${path.join(prefix, "nginx.pid")};`], {});
}
