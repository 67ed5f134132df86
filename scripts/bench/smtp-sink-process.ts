// A local SMTP server that accepts and discards everything, counting messages, in its own
// process so the sender being measured does not share its event loop. Prints its port, then
// the count and its CPU time so far (ms) whenever a line arrives on stdin.
import readline from "node:readline";
import { SMTPServer } from "smtp-server";

let accepted = 0;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
};
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      accepted += 1;
      callback();
    });
  },
});
server.listen(0, "127.0.0.1", () => console.log(`port ${(server.server.address() as { port: number }).port}`));
readline.createInterface({ input: process.stdin }).on("line", () => console.log(`accepted ${accepted} ${cpuMs()}`));
