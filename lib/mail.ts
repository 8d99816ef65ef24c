import "server-only";
// Outgoing mail over SMTP (nodemailer). Only "Forgot password" sends mail, and only when SMTP_URL,
// MAIL_FROM and APP_URL are all set: links in mail must not take their host from the request,
// which anyone can set.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export function mailConfigured(): boolean {
  const e = env();
  return !!(e.SMTP_URL && e.MAIL_FROM && e.APP_URL);
}

export function appUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const e = env();
  if (!e.SMTP_URL || !e.MAIL_FROM) throw new Error("SMTP_URL and MAIL_FROM must be set to send mail");
  const transport = nodemailer.createTransport(e.SMTP_URL);
  try {
    await transport.sendMail({ from: e.MAIL_FROM, ...message });
  } finally {
    transport.close();
  }
}
