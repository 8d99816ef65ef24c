import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Redirects signed-out visitors away from app pages. Authorization itself happens in every page
// and server action (see lib/auth/session.ts); this is only for convenience.
export const { auth: proxy } = NextAuth(authConfig);

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
