// The generator's switches are read by the shared reader in lib/util/env-switch (the chapter
// clean-up reads its own through it too, without importing lib/cards).
export { envSwitch, processEnv, type Env } from "@/lib/util/env-switch";
