// A local SMTP server that accepts and discards everything, counting messages, in its own
// process so the sender being measured does not share its event loop. Prints its port, then,
// whenever a line arrives on stdin, a JSON line: messages accepted, bytes, its CPU time (ms), and
// how the connections spent their time: `busyMs` from each MAIL FROM to the reply accepting the
// message, `idleMs` from that reply to the connection's next MAIL FROM (the sender's share).
import readline from "node:readline";
import { SMTPServer } from "smtp-server";

const totals = { accepted: 0, bytes: 0, busyMs: 0, idleMs: 0 };
// Per connection: when its current message began, and when its last one was accepted.
const started = new Map<string, number>();
const lastAccepted = new Map<string, number>();

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  disableReverseLookup: true,
  logger: false,
  size: 10 * 1024 * 1024,
  onMailFrom(_address, session, callback) {
    const now = performance.now();
    const previous = lastAccepted.get(session.id);
    if (previous !== undefined) totals.idleMs += now - previous;
    started.set(session.id, now);
    callback();
  },
  onData(stream, session, callback) {
    stream.on("data", (chunk: Buffer) => (totals.bytes += chunk.length));
    stream.on("end", () => {
      const now = performance.now();
      totals.accepted += 1;
      totals.busyMs += now - started.get(session.id)!;
      lastAccepted.set(session.id, now);
      callback();
    });
  },
  onClose(session) {
    started.delete(session.id);
    lastAccepted.delete(session.id);
  },
});
server.listen(0, "127.0.0.1", () => console.log(`port ${(server.server.address() as { port: number }).port}`));
readline.createInterface({ input: process.stdin }).on("line", () => {
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({ ...totals, cpuMs: (user + system) / 1000 }));
});
