import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Redirects signed-out visitors away from app pages. Authorization itself happens in every page
// and server action (see lib/auth/session.ts); this is only for convenience.
const { auth } = NextAuth(authConfig);
export { auth as proxy };

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
