// A loopback SMTP server that keeps every message it receives, for tests that read mail.
import { SMTPServer } from "smtp-server";

export type Mail = { to: string[]; raw: string };

export async function startMailSink(port: number): Promise<{ mails: Mail[]; waitFor: (to: string, timeoutMs?: number) => Promise<Mail>; stop: () => Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) => { server.once("error", reject); server.listen(port, "127.0.0.1", () => resolve()); });
  async function waitFor(to: string, timeoutMs = 15_000): Promise<Mail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = mails.find((m) => m.to.includes(to));
      if (found) return found;
      if (Date.now() > until) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { mails, waitFor, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The text of a mail body with quoted-printable soft breaks and escapes undone. */
export function mailText(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
