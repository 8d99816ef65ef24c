// Personal FSRS parameters: framework-free (no Next, React, Prisma, env); time is always passed in.
export * from "./training-items";
export * from "./minimum";
export * from "./fit";
export * from "./evaluate";
export * from "./workload";
export * from "./reschedule";
export * from "./synthetic";
export { seededRandom, type Random } from "./random";
