import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

// A real SMTP server on a free local port that keeps every message it accepts (raw), for tests
// that send through real SMTP. `answer` decides each message's reply: accept, refuse with an SMTP
// error (temporary 4xx or permanent 5xx), or hold (never reply, like a server that hangs).

export interface SinkMessage {
  raw: string;
  /** Envelope recipients, as the client sent them in RCPT TO. */
  to: string[];
}

export type SinkAnswer = "accept" | "hold" | { code: number; message: string };

export interface SmtpSink {
  url: string;
  accepted: SinkMessage[];
  /** Decides the reply to each message; accept by default. */
  answer: (message: SinkMessage) => SinkAnswer;
  close(): Promise<void>;
}

function readAll(stream: SMTPServerDataStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

/** `port` 0 picks a free one; `accepted` carries on the list of an earlier sink (a server restarted on its port). */
export async function startSmtpSink(options: { port?: number; accepted?: SinkMessage[] } = {}): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: "",
    accepted: options.accepted ?? [],
    answer: () => "accept",
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    size: 10 * 1024 * 1024,
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      readAll(stream).then((raw) => {
        const message = { raw, to: session.envelope.rcptTo.map((r) => r.address) };
        const answer = sink.answer(message);
        if (answer === "hold") return;
        if (answer === "accept") {
          sink.accepted.push(message);
          return callback();
        }
        callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
      }, callback);
    },
  });
  // A sender killed mid-message resets its connection: tests do that on purpose, so the server's
  // error event (otherwise an uncaught exception) is expected, not a failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  return sink;
}
