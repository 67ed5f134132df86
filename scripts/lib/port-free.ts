// A clear message when a port the product needs is taken (often a second `npm start`), instead
// of the embedded PostgreSQL's or Node's bare rejection.
import net from "node:net";

export async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new Error(`port ${port} (${what}) is already in use — is another Dispatch running? Stop it, or set ${envName} to a free port.`);
  }
}
